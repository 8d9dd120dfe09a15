import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints the line and branch coverage of a JaCoCo XML report (the totals of the whole report).
 * Usage: java scripts/Coverage.java [target/site/jacoco/jacoco.xml]
 */
public class Coverage {

    public static void main(String[] args) throws Exception {
        Path report = Path.of(args.length > 0 ? args[0] : "target/site/jacoco/jacoco.xml");
        String xml = Files.readString(report);
        // The report's own totals are its last counters, after every package.
        String totals = xml.substring(xml.lastIndexOf("</package>"));
        System.out.printf("Coverage (%s): lines %s, branches %s%n", report, ratio(totals, "LINE"), ratio(totals, "BRANCH"));
    }

    private static String ratio(String totals, String type) {
        Matcher m = Pattern.compile("<counter type=\"" + type + "\" missed=\"(\\d+)\" covered=\"(\\d+)\"/>").matcher(totals);
        if (!m.find()) {
            throw new IllegalStateException("no " + type + " counter in the report");
        }
        long missed = Long.parseLong(m.group(1));
        long covered = Long.parseLong(m.group(2));
        return String.format("%.1f%% (%d of %d)", 100.0 * covered / (missed + covered), covered, missed + covered);
    }
}
