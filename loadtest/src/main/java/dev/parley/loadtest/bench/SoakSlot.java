package dev.parley.loadtest.bench;

import dev.parley.loadtest.bot.Bot;
import dev.parley.loadtest.bot.BotSettings;
import dev.parley.loadtest.bot.ParleyAccounts;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One account of the soak, on its own thread, visiting one room until the deadline: join (resumable or not, at random),
 * stay a random time publishing camera and microphone, go ({@link SoakExit}, at random), pause, again. A visit under way at
 * the deadline is finished, so every bot has gone when {@link #visitUntil} returns.
 */
final class SoakSlot {
    /** Access tokens live 15 min by default ({@code parley.auth.access-token-ttl}): sign in again well before. */
    private static final Duration TOKEN_REFRESH = Duration.ofMinutes(10);

    private final HttpClient http;
    private final ParleyAccounts accounts;
    private final BotSettings settings;
    private final int tint;
    private final SoakOptions options;
    private final SoakCounters counters;
    private String token;
    private long tokenNanos;

    SoakSlot(HttpClient http, ParleyAccounts accounts, BotSettings settings, int tint, SoakOptions options,
             SoakCounters counters) {
        this.http = http;
        this.accounts = accounts;
        this.settings = settings;
        this.tint = tint;
        this.options = options;
        this.counters = counters;
    }

    /** Registers the account (if new) and signs in; done before the soak's start sample, one slot after another. */
    void signIn() throws IOException, InterruptedException {
        token = accounts.accessToken(settings.username(), settings.password());
        tokenNanos = System.nanoTime();
    }

    /** Visits until {@link System#nanoTime()} reaches {@code deadlineNanos}. */
    void visitUntil(long deadlineNanos) {
        try {
            // Staggered, so the slots do not all join at the same moment.
            sleep(random(Duration.ZERO, options.maxStay()));
            while (System.nanoTime() < deadlineNanos) {
                visit();
                sleep(random(Duration.ZERO, options.maxPause()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void visit() throws InterruptedException {
        Bot bot;
        try {
            refreshToken();
            boolean resumable = ThreadLocalRandom.current().nextBoolean();
            bot = Bot.join(http, settings.withResumable(resumable), tint, token);
        } catch (IOException | RuntimeException e) {
            counters.failed(settings.username() + " join", e);
            return;
        }
        counters.joined();
        SoakExit exit = exit();
        try {
            sleep(random(options.minStay(), options.maxStay()));
        } finally {
            go(bot, exit);
            counters.left(exit);
        }
    }

    private void go(Bot bot, SoakExit exit) {
        // Failures while in the room count; a subscribe_offer answered while the socket is closing fails as expected.
        bot.failures().forEach(failure -> counters.failed(settings.username() + " in the room", failure));
        try {
            switch (exit) {
                case LEAVE -> {
                    try {
                        bot.leave();
                    } finally {
                        bot.close();
                    }
                }
                case CLOSE -> bot.close();
                case DROP -> bot.drop();
            }
        } catch (RuntimeException e) {
            // The bot's native objects are released either way (close and drop release them even when a step failed).
            counters.failed(settings.username() + " " + exit, e);
        }
    }

    private SoakExit exit() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        if (random.nextInt(100) >= options.abruptPercent()) {
            return SoakExit.LEAVE;
        }
        return random.nextBoolean() ? SoakExit.CLOSE : SoakExit.DROP;
    }

    private void refreshToken() throws IOException, InterruptedException {
        if (System.nanoTime() - tokenNanos > TOKEN_REFRESH.toNanos()) {
            token = accounts.login(settings.username(), settings.password()).path("access_token").asString();
            tokenNanos = System.nanoTime();
        }
    }

    private static Duration random(Duration min, Duration max) {
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(min.toMillis(), max.toMillis() + 1));
    }

    private static void sleep(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }
}
