package dev.treaty.internal.report;

import dev.treaty.internal.verify.AcceptedChangesReader;
import dev.treaty.model.AcceptedChange;
import dev.treaty.model.ConsumerResult;
import dev.treaty.model.Finding;
import dev.treaty.model.ReportLine;
import dev.treaty.model.ReportLine.Level;
import dev.treaty.model.VerificationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The console summary: a headline, one line per break grouped by consumer, then the verdict and,
 * for every failure, the entry that would accept it deliberately.
 */
public final class ConsoleReport {

  private ConsoleReport() {}

  /**
   * Renders a report.
   *
   * @param report the verification report
   * @param acceptedChangesFile the accepted-changes file name to mention
   * @return the lines
   */
  public static List<ReportLine> render(VerificationReport report, String acceptedChangesFile) {
    List<ReportLine> out = new ArrayList<>();
    String change = report.previousVersion() == null
        ? report.contract() + " " + report.version() + " (first version)"
        : report.contract() + " " + report.previousVersion() + " -> " + report.version();
    int enforced = (int) report.consumers().stream()
        .filter(c -> c.status() != ConsumerResult.Status.NOT_APPLICABLE).count();
    List<Finding> evolutionFailures = report.evolutionFailures();
    List<Finding> consumerFailures = report.consumerFailures();
    List<String> broken = report.brokenConsumers();

    if (!evolutionFailures.isEmpty()) {
      out.add(new ReportLine(Level.ERROR, change + " breaks the contract's " + report.evolution().mode()
          + " compatibility (" + count(evolutionFailures.size(), "change") + ")"));
      for (Finding finding : evolutionFailures) {
        List<String> readers = report.impact().readersOf(finding.path());
        String readBy = enforced == 0 ? "" : readers.isEmpty() ? "  (no registered consumer reads it)"
            : "  (read by " + String.join(", ", readers) + ")";
        out.add(new ReportLine(Level.ERROR, "  " + where(finding) + "  " + finding.ruleId() + "  "
            + finding.message() + readBy));
      }
    }
    if (!broken.isEmpty()) {
      out.add(new ReportLine(Level.ERROR, change + " breaks " + broken.size() + " of "
          + count(enforced, "consumer")));
      Map<String, List<Finding>> byConsumer = new TreeMap<>();
      consumerFailures.forEach(f -> byConsumer.computeIfAbsent(f.consumer(), c -> new ArrayList<>()).add(f));
      int width = byConsumer.keySet().stream().mapToInt(String::length).max().orElse(0);
      byConsumer.forEach((consumer, findings) -> {
        for (Finding finding : findings) {
          out.add(new ReportLine(Level.ERROR, "  " + pad(consumer, width) + "  " + where(finding) + "  "
              + finding.ruleId() + "  " + finding.message()));
        }
      });
    }
    List<Finding> failures = new ArrayList<>(evolutionFailures);
    failures.addAll(consumerFailures);
    if (!failures.isEmpty()) {
      out.add(new ReportLine(Level.ERROR, "  accept deliberately: add to " + acceptedChangesFile
          + " (with a real justification)"));
      out.add(new ReportLine(Level.ERROR, "    accepted:"));
      failures.stream().map(AcceptedChangesReader::entryFor).distinct()
          .forEach(entry -> out.add(new ReportLine(Level.ERROR, "      " + entry)));
    }

    for (ConsumerResult result : report.consumers()) {
      List<Finding> unmet = report.failOnUnmet() ? List.of() : result.alreadyUnmet().stream()
          .filter(f -> f.forward().fails()).toList();
      if (!unmet.isEmpty() && result.status() == ConsumerResult.Status.ENFORCED) {
        out.add(new ReportLine(Level.WARNING, "Consumer " + result.consumer() + ": "
            + count(unmet.size(), "expectation") + " already unmet before this change (the consumer's to fix):"));
        unmet.forEach(f -> out.add(new ReportLine(Level.WARNING, "  " + where(f) + "  " + f.ruleId()
            + "  " + f.message())));
      }
      if (result.status() == ConsumerResult.Status.EXPIRED && !result.newlyBroken().isEmpty()) {
        out.add(new ReportLine(Level.WARNING, "Consumer " + result.consumer() + ": expectation expired; "
            + count(result.newlyBroken().size(), "break") + " reported, not enforced."));
      }
    }
    for (Finding finding : report.accepted()) {
      out.add(new ReportLine(Level.INFO, "Accepted: " + (finding.consumer() == null ? "" : finding.consumer() + "  ")
          + where(finding) + "  " + finding.ruleId()));
    }
    for (AcceptedChange stale : report.unusedAcceptances()) {
      out.add(new ReportLine(Level.WARNING, "Accepted change matches nothing (remove it from "
          + acceptedChangesFile + "): " + stale.rule() + " " + display(stale.path().toString())
          + (stale.consumer() == null ? "" : " " + stale.consumer())));
    }
    if (!report.impact().unread().isEmpty() && enforced > 0) {
      List<String> unread = report.impact().unread().stream().map(Object::toString).toList();
      String shown = unread.size() <= 12 ? String.join(", ", unread)
          : String.join(", ", unread.subList(0, 12)) + ", ... (" + unread.size() + " in all, see the JSON report)";
      out.add(new ReportLine(Level.INFO, "Fields no registered consumer reads (safe to change for them): "
          + shown));
    }
    if (report.passes()) {
      out.add(new ReportLine(Level.INFO, change + ": compatible under " + report.evolution().mode()
          + "; " + (enforced == 0 ? "no registered consumers" : "no registered consumer broken ("
          + count(enforced, "consumer") + " checked)")));
    }
    return List.copyOf(out);
  }

  static String where(Finding finding) {
    return display(finding.path().toString());
  }

  static String display(String path) {
    return path.isEmpty() ? "(root)" : path;
  }

  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.length()));
  }
}
