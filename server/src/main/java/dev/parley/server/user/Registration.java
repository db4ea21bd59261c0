package dev.parley.server.user;

import dev.parley.server.problem.InvalidField;
import dev.parley.server.problem.ProblemException;
import dev.parley.server.problem.ProblemType;
import dev.parley.server.problem.ValidationDetail;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Creates accounts. Field formats are checked by Bean Validation on {@link RegisterRequest}; this adds the rules that need more
 * than one field or the database: the password must differ from the username, and username and email must be unused (409).
 */
@Service
class Registration {
    private static final Logger log = LoggerFactory.getLogger(Registration.class);

    private final UserRepository users;
    private final PasswordEncoder passwords;

    Registration(UserRepository users, PasswordEncoder passwords) {
        this.users = users;
        this.passwords = passwords;
    }

    RegisteredUser register(RegisterRequest request) {
        if (request.password().equalsIgnoreCase(request.username())) {
            List<InvalidField> errors = List.of(new InvalidField("password", "must not be the same as the username"));
            throw ProblemException.invalid(ProblemType.VALIDATION, ValidationDetail.of(errors), errors);
        }
        // Checked before hashing to answer duplicates cheaply; the unique indexes still decide when two requests race.
        List<InvalidField> taken = taken(request.username(), request.email());
        if (!taken.isEmpty()) {
            throw duplicate(taken);
        }
        String hash = passwords.encode(request.password());
        try {
            long id = users.insert(request.username(), request.email(), hash, DisplayNames.normalize(request.displayName()));
            log.info("user registered id={} username={}", id, request.username());
            return new RegisteredUser(id, request.username());
        } catch (DuplicateKeyException e) {
            List<InvalidField> raced = taken(request.username(), request.email());
            throw duplicate(raced.isEmpty() ? List.of(new InvalidField("username", "is already taken")) : raced);
        }
    }

    private List<InvalidField> taken(String username, String email) {
        List<InvalidField> taken = new ArrayList<>();
        if (users.usernameTaken(username)) {
            taken.add(new InvalidField("username", "is already taken"));
        }
        if (users.emailTaken(email)) {
            taken.add(new InvalidField("email", "is already registered"));
        }
        return taken;
    }

    private static ProblemException duplicate(List<InvalidField> taken) {
        String detail = taken.size() == 2
                ? "That username is already taken and that email address is already registered."
                : taken.getFirst().field().equals("username")
                        ? "That username is already taken; choose another."
                        : "That email address is already registered; sign in instead.";
        return ProblemException.invalid(ProblemType.CONFLICT, detail, taken);
    }
}
