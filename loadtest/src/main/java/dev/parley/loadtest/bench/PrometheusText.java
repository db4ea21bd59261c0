package dev.parley.loadtest.bench;

/**
 * Reads values out of Prometheus' text exposition format ({@code /actuator/prometheus}): lines
 * {@code name{label="v",...} value}, {@code #} lines being help and type.
 */
final class PrometheusText {
    private final String text;

    PrometheusText(String text) {
        this.text = text;
    }

    /**
     * The sum of every sample named {@code name} whose labels contain {@code labelFilter} (e.g. {@code area="heap"}; empty:
     * any), or NaN when there is none.
     */
    double sum(String name, String labelFilter) {
        double sum = 0;
        boolean found = false;
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int labels = line.indexOf('{');
            int space = line.indexOf(' ');
            int nameEnd = labels >= 0 && labels < space ? labels : space;
            if (nameEnd <= 0 || !line.substring(0, nameEnd).equals(name)) {
                continue;
            }
            int labelsEnd = line.lastIndexOf('}');
            String labelText = nameEnd == labels && labelsEnd > labels ? line.substring(labels, labelsEnd) : "";
            if (!labelText.contains(labelFilter)) {
                continue;
            }
            String[] rest = line.substring(Math.max(labelsEnd + 1, nameEnd)).trim().split("\\s+");
            sum += Double.parseDouble(rest[0]);
            found = true;
        }
        return found ? sum : Double.NaN;
    }
}
