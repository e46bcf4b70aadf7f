package dev.treaty.internal.jsonschema.oracle;

import dev.treaty.model.Classification;
import dev.treaty.model.EvolutionPolicy;
import dev.treaty.model.Finding;
import dev.treaty.model.SourceFile;
import dev.treaty.spi.ParsedSchema;
import dev.treaty.spi.SchemaFormat;
import dev.treaty.spi.SchemaResolver;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * The engine under test, found the way Treaty finds it: through {@link ServiceLoader}, as the
 * {@link SchemaFormat} with id {@code json-schema}. A direction is incompatible when any finding's
 * classification for it fails (undecidable fails too: never a guessed "compatible").
 */
final class EngineJudge implements CompatibilityJudge {

  static final String FORMAT_ID = "json-schema";

  private final SchemaFormat format;
  private final EvolutionPolicy policy;

  EngineJudge(SchemaFormat format, EvolutionPolicy policy) {
    this.format = format;
    this.policy = policy;
  }

  /** The engine, if its format is on the class path. */
  static Optional<EngineJudge> find() {
    return ServiceLoader.load(SchemaFormat.class).stream()
        .map(ServiceLoader.Provider::get)
        .filter(format -> format.id().equals(FORMAT_ID))
        .findFirst()
        .map(format -> new EngineJudge(format, EvolutionPolicy.STRICT));
  }

  @Override
  public String name() {
    return "engine " + format.getClass().getSimpleName() + " (" + policy.name().toLowerCase(Locale.ROOT) + ")";
  }

  @Override
  public Judgement judge(SchemaPair pair) {
    List<Finding> findings;
    try {
      ParsedSchema previous = format.parse(
          SourceFile.ofText("old.json", pair.previous().toString()), SchemaResolver.none(), null);
      ParsedSchema current = format.parse(
          SourceFile.ofText("new.json", pair.current().toString()), SchemaResolver.none(), null);
      findings = format.compare(previous, current, policy);
    } catch (RuntimeException e) {
      // the conformance tests judge how the engine fails; the oracle only records that it did
      return new Judgement.NoVerdict(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    return new Judgement.Judged(
        verdict(findings, Finding::backward), verdict(findings, Finding::forward));
  }

  private static Judgement.Verdict verdict(List<Finding> findings, Function<Finding, Classification> direction) {
    List<String> failing = findings.stream()
        .filter(f -> direction.apply(f).fails())
        .map(f -> f.ruleId() + " " + (f.path().isRoot() ? "(root)" : f.path()) + " " + direction.apply(f))
        .toList();
    return new Judgement.Verdict(failing.isEmpty(), failing);
  }
}
