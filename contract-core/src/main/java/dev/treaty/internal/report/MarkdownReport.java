package dev.treaty.internal.report;

import dev.treaty.internal.verify.AcceptedChangesReader;
import dev.treaty.model.ConsumerResult;
import dev.treaty.model.Finding;
import dev.treaty.model.VerificationReport;
import java.util.ArrayList;
import java.util.List;

/** A Markdown summary for a pull-request comment. */
public final class MarkdownReport {

  private MarkdownReport() {}

  /**
   * Renders a report as Markdown.
   *
   * @param report the report
   * @param acceptedChangesFile the accepted-changes file name to mention
   * @return the Markdown text
   */
  public static String render(VerificationReport report, String acceptedChangesFile) {
    StringBuilder md = new StringBuilder();
    String from = report.previousVersion() == null ? "" : report.previousVersion() + " → ";
    List<String> broken = report.brokenConsumers();
    md.append("### Treaty: `").append(report.contract()).append("` ").append(from)
        .append(report.version()).append(" — ").append(report.passes() ? "PASS" : "FAIL").append("\n\n");
    md.append("- Evolution (").append(report.evolution().mode()).append(", ")
        .append(report.evolution().policy().name().toLowerCase(java.util.Locale.ROOT)).append("): ")
        .append(report.evolutionFailures().isEmpty() ? "compatible"
            : ConsoleReport.count(report.evolutionFailures().size(), "breaking change"))
        .append('\n');
    long checked = report.consumers().stream()
        .filter(c -> c.status() != ConsumerResult.Status.NOT_APPLICABLE).count();
    md.append("- Consumers: ").append(broken.isEmpty() ? "none broken" : "breaks "
        + String.join(", ", broken.stream().map(c -> "`" + c + "`").toList()))
        .append(" (").append(checked).append(" checked)\n\n");
    List<Finding> failures = new ArrayList<>(report.evolutionFailures());
    failures.addAll(report.consumerFailures());
    if (!failures.isEmpty()) {
      md.append("| Consumer | Path | Rule | What changed |\n|---|---|---|---|\n");
      for (Finding finding : failures) {
        md.append("| ").append(finding.consumer() == null ? "(evolution)" : "`" + finding.consumer() + "`")
            .append(" | `").append(ConsoleReport.where(finding)).append("` | `").append(finding.ruleId())
            .append("` | ").append(cell(finding.message())).append(" |\n");
      }
      md.append("\n<details><summary>Accept deliberately</summary>\n\nAdd to `")
          .append(acceptedChangesFile).append("`, with a real justification:\n\n```yaml\naccepted:\n");
      failures.stream().map(AcceptedChangesReader::entryFor).distinct()
          .forEach(entry -> md.append("  ").append(entry).append('\n'));
      md.append("```\n\n</details>\n");
    }
    if (!report.impact().readers().isEmpty()) {
      md.append("\n<details><summary>Who reads what</summary>\n\n| Path | Read by |\n|---|---|\n");
      report.impact().readers().forEach((path, consumers) -> md.append("| `").append(path).append("` | ")
          .append(String.join(", ", consumers.stream().map(c -> "`" + c + "`").toList())).append(" |\n"));
      if (!report.impact().unread().isEmpty()) {
        md.append("\nRead by no registered consumer: ")
            .append(String.join(", ", report.impact().unread().stream().map(p -> "`" + p + "`").toList()))
            .append(".\n");
      }
      md.append("\n</details>\n");
    }
    if (!report.accepted().isEmpty()) {
      md.append("\nAccepted: ").append(ConsoleReport.count(report.accepted().size(), "deliberate break"))
          .append(".\n");
    }
    return md.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
