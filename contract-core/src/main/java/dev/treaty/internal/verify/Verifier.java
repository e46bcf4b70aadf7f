package dev.treaty.internal.verify;

import dev.treaty.internal.consumer.ConsumerCheck;
import dev.treaty.model.AcceptedChange;
import dev.treaty.model.CompatibilityMode;
import dev.treaty.model.Comparison;
import dev.treaty.model.ConsumerResult;
import dev.treaty.model.Contract;
import dev.treaty.model.EvolutionPolicy;
import dev.treaty.model.EvolutionResult;
import dev.treaty.model.Expectation;
import dev.treaty.model.FieldPath;
import dev.treaty.model.Finding;
import dev.treaty.model.Impact;
import dev.treaty.model.InvalidDefinitionException;
import dev.treaty.model.SchemaModel;
import dev.treaty.model.VerificationReport;
import dev.treaty.model.Version;
import dev.treaty.spi.ParsedSchema;
import dev.treaty.spi.SchemaFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** Runs a producer's verification. Stateless; every input arrives in the call. */
public final class Verifier {

  private final Map<String, SchemaFormat> formats;

  /**
   * Creates a verifier.
   *
   * @param formats the installed formats, by id
   */
  public Verifier(Map<String, SchemaFormat> formats) {
    this.formats = Map.copyOf(formats);
  }

  /**
   * A contract version with its parsed schemas.
   *
   * @param contract the contract
   * @param schemas parsed schemas by schema object name
   */
  public record ContractVersion(Contract contract, Map<String, ParsedSchema> schemas) {}

  /**
   * What to verify.
   *
   * @param current the version being verified
   * @param earlier earlier versions, any order; versions not below {@code current} are ignored
   * @param expectations registered consumer expectations (those for other contracts are ignored)
   * @param accepted deliberate breaks
   * @param mode the mode override, or {@code null} for the contract's own
   * @param policy the policy override, or {@code null} for the contract's own
   * @param today the day, for expiry of expectations
   * @param failOnUnmet whether expectations already unmet before this change also fail
   */
  public record Request(ContractVersion current, List<ContractVersion> earlier, List<Expectation> expectations,
      List<AcceptedChange> accepted, @Nullable CompatibilityMode mode, @Nullable EvolutionPolicy policy,
      LocalDate today, boolean failOnUnmet) {}

  /**
   * Verifies.
   *
   * @param request what to verify
   * @return the report
   */
  public VerificationReport verify(Request request) {
    Contract contract = request.current().contract();
    CompatibilityMode mode = request.mode() != null ? request.mode() : contract.compatibility();
    EvolutionPolicy policy = request.policy() != null ? request.policy() : contract.policy();
    Version currentVersion = contract.parsedVersion();
    List<ContractVersion> earlier = request.earlier().stream()
        .filter(v -> v.contract().parsedVersion().compareTo(currentVersion) < 0)
        .sorted(Comparator.comparing(v -> v.contract().parsedVersion()))
        .toList();

    List<Comparison> comparisons = new ArrayList<>();
    for (ContractVersion previous : earlier) {
      comparisons.add(new Comparison(previous.contract().version(),
          compare(previous.schemas(), request.current().schemas(), policy)));
    }
    EvolutionResult evolution = new EvolutionResult(mode, policy, comparisons);

    SchemaModel currentModel = ContractModel.of(request.current().schemas());
    SchemaModel previousModel = earlier.isEmpty() ? null
        : ContractModel.of(earlier.get(earlier.size() - 1).schemas());
    List<ConsumerResult> consumers = new ArrayList<>();
    List<Expectation> relevant = request.expectations().stream()
        .filter(e -> e.contract().equals(contract.id())).toList();
    Set<String> seenConsumers = new java.util.HashSet<>();
    for (Expectation expectation : relevant) {
      if (!seenConsumers.add(expectation.consumer())) {
        throw new InvalidDefinitionException("Consumer " + expectation.consumer()
            + " has two expectations of contract " + contract.id() + "; a registry holds one per consumer.");
      }
      consumers.add(ConsumerCheck.check(expectation, contract.version(), previousModel, currentModel,
          request.today()));
    }

    Impact impact = impact(relevant, consumers, currentModel);

    Set<Finding> all = new LinkedHashSet<>(evolution.failing());
    consumers.forEach(c -> {
      all.addAll(c.newlyBroken());
      all.addAll(c.alreadyUnmet());
    });
    List<Finding> accepted = new ArrayList<>();
    Set<AcceptedChange> used = new LinkedHashSet<>();
    for (Finding finding : all) {
      for (AcceptedChange change : request.accepted()) {
        if (change.accepts(finding, contract.version())) {
          accepted.add(finding);
          used.add(change);
        }
      }
    }
    List<AcceptedChange> unused = request.accepted().stream().filter(a -> !used.contains(a)).toList();
    return new VerificationReport(contract.id(), contract.version(), evolution, consumers, impact,
        accepted, unused, request.failOnUnmet());
  }

  /**
   * Compares two versions' schema objects.
   *
   * @param previous the earlier version's schemas by object name
   * @param current the later version's schemas by object name
   * @param policy the policy
   * @return every finding, object paths prefixed when the contract has several objects
   */
  public List<Finding> compare(Map<String, ParsedSchema> previous, Map<String, ParsedSchema> current,
      EvolutionPolicy policy) {
    boolean prefix = previous.size() > 1 || current.size() > 1
        || !previous.keySet().equals(current.keySet());
    Set<Finding> findings = new TreeSet<>();
    for (Map.Entry<String, ParsedSchema> entry : previous.entrySet()) {
      String name = entry.getKey();
      ParsedSchema after = current.get(name);
      FieldPath objectPath = FieldPath.ofFields(name);
      if (after == null) {
        findings.add(ContractRule.OBJECT_REMOVED.finding(objectPath, name, null, name));
        continue;
      }
      ParsedSchema before = entry.getValue();
      if (!before.formatId().equals(after.formatId())) {
        findings.add(ContractRule.OBJECT_FORMAT_CHANGED.finding(objectPath, before.formatId(),
            after.formatId(), name, before.formatId(), after.formatId()));
        continue;
      }
      SchemaFormat format = formats.get(after.formatId());
      if (format == null) {
        throw new InvalidDefinitionException("No installed format " + after.formatId()
            + " compares schema object " + name + ".");
      }
      for (Finding finding : format.compare(before, after, policy)) {
        findings.add(prefix ? ContractModel.under(name, finding) : finding);
      }
    }
    for (String name : current.keySet()) {
      if (!previous.containsKey(name)) {
        findings.add(ContractRule.OBJECT_ADDED.finding(FieldPath.ofFields(name), null, name, name));
      }
    }
    return List.copyOf(findings);
  }

  private static Impact impact(List<Expectation> expectations, List<ConsumerResult> results,
      SchemaModel model) {
    Set<String> applicable = new java.util.HashSet<>();
    results.stream().filter(r -> r.status() != ConsumerResult.Status.NOT_APPLICABLE)
        .forEach(r -> applicable.add(r.consumer()));
    Map<FieldPath, List<String>> readers = new TreeMap<>();
    for (Expectation expectation : expectations) {
      if (!applicable.contains(expectation.consumer())) {
        continue;
      }
      expectation.fields().forEach(f ->
          readers.computeIfAbsent(f.path(), p -> new ArrayList<>()).add(expectation.consumer()));
    }
    List<FieldPath> unread = new ArrayList<>();
    for (SchemaModel.Entry entry : model.entries()) {
      FieldPath path = entry.path();
      boolean read = readers.keySet().stream().anyMatch(r -> r.startsWith(path) || path.startsWith(r));
      if (!read) {
        unread.add(path);
      }
    }
    return new Impact(readers, unread);
  }

}
