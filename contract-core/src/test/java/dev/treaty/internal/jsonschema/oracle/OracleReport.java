package dev.treaty.internal.jsonschema.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the oracle found over a set of pairs: how much it checked, every counterexample to a
 * "compatible" verdict, and how many "incompatible" verdicts it could back with a witness.
 */
final class OracleReport {

  /** A "compatible" verdict disproved: the writer accepts the instance, the reader rejects it. */
  record Counterexample(String pairId, Direction direction, JsonNode instance) {
    @Override
    public String toString() {
      return pairId + " " + direction.label() + ": judged compatible, but the reader rejects " + instance;
    }
  }

  /** An "incompatible" verdict the search found no witness for. */
  record Unwitnessed(String pairId, Direction direction, List<String> because) {
    @Override
    public String toString() {
      return pairId + " " + direction.label() + ": no witness for " + because;
    }
  }

  /** A pair the oracle could not check, and why. */
  record Skipped(String pairId, String reason) {
    @Override
    public String toString() {
      return pairId + ": " + reason;
    }
  }

  private final String label;
  private int pairDirections;
  private long instances;
  private int incompatible;
  private int witnessed;
  private long nanos;
  private final List<Counterexample> counterexamples = new ArrayList<>();
  private final List<Unwitnessed> unwitnessed = new ArrayList<>();
  private final List<Skipped> noVerdict = new ArrayList<>();
  private final List<Skipped> unchecked = new ArrayList<>();

  OracleReport(String label) {
    this.label = label;
  }

  void checkedCompatible(long tried) {
    pairDirections++;
    instances += tried;
  }

  void counterexample(Counterexample found, long tried) {
    checkedCompatible(tried);
    counterexamples.add(found);
  }

  void checkedIncompatible(long tried, boolean witnessFound) {
    pairDirections++;
    instances += tried;
    incompatible++;
    if (witnessFound) {
      witnessed++;
    }
  }

  void unwitnessed(Unwitnessed missing, long tried) {
    checkedIncompatible(tried, false);
    unwitnessed.add(missing);
  }

  void noVerdict(Skipped skipped) {
    noVerdict.add(skipped);
  }

  void unchecked(Skipped skipped) {
    unchecked.add(skipped);
  }

  void elapsed(long elapsedNanos) {
    nanos += elapsedNanos;
  }

  /** Adds another report's figures to this one. */
  void add(OracleReport other) {
    pairDirections += other.pairDirections;
    instances += other.instances;
    incompatible += other.incompatible;
    witnessed += other.witnessed;
    nanos += other.nanos;
    counterexamples.addAll(other.counterexamples);
    unwitnessed.addAll(other.unwitnessed);
    noVerdict.addAll(other.noVerdict);
    unchecked.addAll(other.unchecked);
  }

  int pairDirections() {
    return pairDirections;
  }

  long instances() {
    return instances;
  }

  int incompatible() {
    return incompatible;
  }

  int witnessed() {
    return witnessed;
  }

  List<Counterexample> counterexamples() {
    return List.copyOf(counterexamples);
  }

  List<Unwitnessed> unwitnessed() {
    return List.copyOf(unwitnessed);
  }

  List<Skipped> noVerdict() {
    return List.copyOf(noVerdict);
  }

  List<Skipped> unchecked() {
    return List.copyOf(unchecked);
  }

  /** The one-line figures, e.g. {@code [treaty] oracle apicurio: 290 pair-directions, ...}. */
  String summary() {
    String share = incompatible == 0 ? "n/a"
        : String.format(Locale.ROOT, "%.1f%%", 100.0 * witnessed / incompatible);
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
        "[treaty] oracle %s: %s pair-directions, %s instances, %d counterexamples, "
            + "witnesses for %d/%d incompatible verdicts (%s)",
        label, grouped(pairDirections), grouped(instances), counterexamples.size(), witnessed,
        incompatible, share));
    if (!noVerdict.isEmpty()) {
      line.append(", ").append(noVerdict.size()).append(" pairs without verdict");
    }
    if (!unchecked.isEmpty()) {
      line.append(", ").append(unchecked.size()).append(" pairs the validator cannot read");
    }
    line.append(String.format(Locale.ROOT, ", %.1f s", nanos / 1e9));
    return line.toString();
  }

  /** Everything worth examining, one item per line, after the summary. */
  String details() {
    StringBuilder out = new StringBuilder(summary()).append('\n');
    counterexamples.forEach(c -> out.append("  COUNTEREXAMPLE ").append(c).append('\n'));
    unwitnessed.forEach(u -> out.append("  unwitnessed    ").append(u).append('\n'));
    noVerdict.forEach(s -> out.append("  no verdict     ").append(s).append('\n'));
    unchecked.forEach(s -> out.append("  unchecked      ").append(s).append('\n'));
    return out.toString();
  }

  /** 41870 as {@code 41 870}. */
  static String grouped(long value) {
    return String.format(Locale.ROOT, "%,d", value).replace(',', ' ');
  }
}
