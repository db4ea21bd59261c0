package dev.parley.server.conference;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How work reaches a conference's serial executor (0007, "Commands and replies"): queries, snapshot reads from other threads,
 * actions that need no participant, and a participant's commands. A participant's commands run in order: one that waits for
 * the Router holds back that participant's later commands (not anyone else's), so a reply always reaches the socket before
 * anything that depends on it. Replies are given on the executor, before any later task.
 */
final class Commands {
    private final String conferenceId;
    private final SerialExecutor actor;
    private final Roster roster;

    Commands(String conferenceId, SerialExecutor actor, Roster roster) {
        this.conferenceId = conferenceId;
        this.actor = actor;
        this.roster = roster;
    }

    /** Runs {@code query} on the executor. */
    <T> CompletableFuture<T> ask(Supplier<T> query) {
        CompletableFuture<T> result = new CompletableFuture<>();
        actor.execute(() -> {
            try {
                result.complete(query.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    /** Runs {@code query} directly when on the executor, else as a task, waiting at most 10 s for it (REST, tests). */
    <T> T snapshot(Supplier<T> query) {
        if (actor.inExecutor()) {
            return query.get();
        }
        try {
            return ask(query).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading conference " + conferenceId, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("reading conference " + conferenceId + " failed", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("conference " + conferenceId + " did not answer within 10 s", e);
        }
    }

    /** Runs {@code action} on the executor and {@code reply} right after it there, with its value or its refusal. */
    <T> void act(Supplier<T> action, Conference.Reply<? super T> reply) {
        actor.execute(() -> {
            T value;
            try {
                value = action.get();
            } catch (RuntimeException e) {
                reply.done(null, e);
                return;
            }
            reply.done(value, null);
        });
    }

    /** A participant's command: see {@link Conference#command}. */
    <T> CompletableFuture<T> command(String participantId, Function<Participant, CompletionStage<T>> flow,
                                     Conference.Reply<? super T> reply) {
        CompletableFuture<T> result = new CompletableFuture<>();
        actor.execute(() -> {
            Participant participant = roster.get(participantId);
            if (participant == null) {
                finish(result, reply, null, roster.notMember());
                return;
            }
            participant.enqueue(() -> run(participant, flow, reply, result));
        });
        return result;
    }

    private <T> void run(Participant participant, Function<Participant, CompletionStage<T>> flow,
                         Conference.Reply<? super T> reply, CompletableFuture<T> result) {
        if (roster.get(participant.id()) != participant) {
            finish(result, reply, null, roster.notMember());
            return;
        }
        CompletableFuture<T> stage;
        try {
            stage = flow.apply(participant).toCompletableFuture();
        } catch (RuntimeException e) {
            finish(result, reply, null, e);
            return;
        }
        if (stage.isDone()) {
            finish(result, reply, stage.getNow(null), null);
            return;
        }
        participant.busy();
        stage.whenComplete((value, error) -> onActor(() -> {
            finish(result, reply, value, unwrap(error));
            participant.idle();
        }));
    }

    /** Runs {@code task} now when already on the executor (keeps its place in the order), else as the next task. */
    void onActor(Runnable task) {
        if (actor.inExecutor()) {
            task.run();
        } else {
            actor.execute(task);
        }
    }

    /** Gives {@code reply} the outcome, then completes {@code result} with it even if the reply threw. */
    static <T> void finish(CompletableFuture<T> result, Conference.Reply<? super T> reply, T value, Throwable error) {
        try {
            reply.done(value, error);
        } finally {
            if (error == null) {
                result.complete(value);
            } else {
                result.completeExceptionally(error);
            }
        }
    }

    static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }
}
