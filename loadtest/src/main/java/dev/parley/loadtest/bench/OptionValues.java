package dev.parley.loadtest.bench;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A benchmark's {@code --name=value} arguments; the options classes read them by name, then refuse what nobody read. */
final class OptionValues {
    private final Map<String, String> values = new HashMap<>();
    private final Set<String> read = new HashSet<>();

    private OptionValues() {
    }

    static OptionValues parse(String... args) {
        OptionValues options = new OptionValues();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                throw new IllegalArgumentException("options look like --name=value, got '" + arg + "'");
            }
            options.values.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        return options;
    }

    /** The value of {@code --name}, or {@code otherwise} (may be null) when it was not given. */
    String get(String name, String otherwise) {
        read.add(name);
        return values.getOrDefault(name, otherwise);
    }

    int getInt(String name, int otherwise) {
        return Integer.parseInt(get(name, Integer.toString(otherwise)));
    }

    /** Throws when an option was given that no {@link #get} asked for (a typo must not silently run the defaults). */
    void rejectUnknown() {
        Set<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(read);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown options " + unknown);
        }
    }
}
