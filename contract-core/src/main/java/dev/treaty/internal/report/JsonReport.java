package dev.treaty.internal.report;

import dev.treaty.internal.document.DocumentWriter;
import dev.treaty.internal.verify.AcceptedChangesReader;
import dev.treaty.model.AcceptedChange;
import dev.treaty.model.Comparison;
import dev.treaty.model.ConsumerResult;
import dev.treaty.model.Finding;
import dev.treaty.model.VerificationReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The machine-readable report: every finding and verdict, no timestamps, stable key order. */
public final class JsonReport {

  private JsonReport() {}

  /**
   * Renders a report as JSON.
   *
   * @param report the report
   * @return the JSON document
   */
  public static String render(VerificationReport report) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("contract", report.contract());
    out.put("version", report.version());
    out.put("previousVersion", report.previousVersion());
    out.put("passed", report.passes());
    Map<String, Object> evolution = new LinkedHashMap<>();
    evolution.put("mode", report.evolution().mode().name());
    evolution.put("policy", report.evolution().policy().name());
    evolution.put("passed", report.evolutionFailures().isEmpty());
    Map<String, Object> verdicts = new LinkedHashMap<>();
    report.evolution().verdicts().forEach((mode, pass) -> verdicts.put(mode.name(), pass));
    evolution.put("verdicts", verdicts);
    List<Object> comparisons = new ArrayList<>();
    for (Comparison comparison : report.evolution().comparisons()) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("previousVersion", comparison.previousVersion());
      List<Object> evolutionFindings = new ArrayList<>();
      for (Finding finding : comparison.findings()) {
        Map<String, Object> f = finding(finding);
        f.put("readBy", report.impact().readersOf(finding.path()));
        evolutionFindings.add(f);
      }
      c.put("findings", evolutionFindings);
      comparisons.add(c);
    }
    evolution.put("comparisons", comparisons);
    out.put("evolution", evolution);
    List<Object> consumers = new ArrayList<>();
    for (ConsumerResult result : report.consumers()) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("consumer", result.consumer());
      c.put("owner", result.owner());
      c.put("status", result.status().name());
      c.put("broken", report.brokenConsumers().contains(result.consumer()));
      c.put("newlyBroken", findings(result.newlyBroken()));
      c.put("alreadyUnmet", findings(result.alreadyUnmet()));
      c.put("resolved", findings(result.resolved()));
      consumers.add(c);
    }
    out.put("consumers", consumers);
    List<Object> failures = new ArrayList<>();
    List<Finding> failing = new ArrayList<>(report.evolutionFailures());
    failing.addAll(report.consumerFailures());
    for (Finding finding : failing) {
      Map<String, Object> f = finding(finding);
      f.put("acceptWith", AcceptedChangesReader.entryFor(finding));
      failures.add(f);
    }
    out.put("failures", failures);
    out.put("accepted", findings(report.accepted()));
    List<Object> unused = new ArrayList<>();
    for (AcceptedChange change : report.unusedAcceptances()) {
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("rule", change.rule());
      a.put("path", change.path().toString());
      a.put("consumer", change.consumer());
      a.put("version", change.version());
      a.put("justification", change.justification());
      unused.add(a);
    }
    out.put("unusedAcceptances", unused);
    Map<String, Object> impact = new LinkedHashMap<>();
    Map<String, Object> readers = new LinkedHashMap<>();
    report.impact().readers().forEach((path, names) -> readers.put(path.toString(), names));
    impact.put("readers", readers);
    impact.put("unread", report.impact().unread().stream().map(Object::toString).toList());
    out.put("impact", impact);
    return DocumentWriter.json(out);
  }

  private static List<Object> findings(List<Finding> findings) {
    List<Object> out = new ArrayList<>();
    findings.forEach(f -> out.add(finding(f)));
    return out;
  }

  static Map<String, Object> finding(Finding finding) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("rule", finding.ruleId());
    f.put("path", finding.path().toString());
    f.put("consumer", finding.consumer());
    f.put("schemaPointer", finding.schemaPointer());
    f.put("old", finding.oldValue());
    f.put("new", finding.newValue());
    f.put("message", finding.message());
    f.put("backward", finding.backward().name());
    f.put("forward", finding.forward().name());
    return f;
  }
}
