package dev.treaty.avro.internal.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.avro.AvroSchemas;
import dev.treaty.avro.internal.ParsedAvroSchema;
import dev.treaty.model.Classification;
import dev.treaty.model.EvolutionPolicy;
import dev.treaty.model.Finding;
import dev.treaty.model.SourceFile;
import dev.treaty.spi.SchemaResolver;
import dev.treaty.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/**
 * The data proof of Treaty's verdicts. For every schema pair Treaty knows of — Avro's corpus
 * (compatibility, validator, strategy and decode cases) and Treaty's own rule fixtures — and for
 * both directions, it generates data with the writing schema ({@link DatumGenerator}: edge values
 * first, fixed seed), writes them in Avro binary, reads them with the reading schema through
 * Avro's {@code GenericDatumReader}, and judges the result with {@link MeaningCheck}, which knows
 * nothing of Treaty's rules.
 *
 * <ul>
 *   <li>Where Treaty says <b>compatible</b>, every datum must decode and keep its meaning; one
 *       that does not is a counterexample, and the test fails.
 *   <li>Where Treaty says <b>breaking</b>, the test looks for a witness: a datum that fails to
 *       decode or changes meaning. Not every break has one in Java's decoder (it does not compare
 *       record names, which the specification and other implementations do), so the share of
 *       witnesses found is printed, not required.
 * </ul>
 */
class RoundTripOracleTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int DATA_PER_DIRECTION = 30;
  private static final long SEED = 20261125L;

  /**
   * One schema pair, old and new, and where it comes from.
   *
   * @param name a short name (a corpus id, a fixture, {@code matrix-<n>})
   * @param detail what the pair is, for messages
   */
  private record Case(String name, String detail, ParsedAvroSchema older,
      ParsedAvroSchema newer) {}

  @Test
  void compatibleVerdictsHoldForDataAndBreakingOnesHaveWitnesses() throws IOException {
    List<Case> cases = cases();
    int directions = 0;
    int data = 0;
    int compatible = 0;
    int breaking = 0;
    int witnessed = 0;
    int undecidable = 0;
    int undecidableWitnessed = 0;
    int withoutValues = 0;
    List<String> counterexamples = new ArrayList<>();
    List<String> unwitnessed = new ArrayList<>();
    List<String> guarded = new ArrayList<>();
    for (Case pair : cases) {
      List<Finding> findings = AvroSchemas.FORMAT.compare(pair.older(), pair.newer(),
          EvolutionPolicy.STRICT);
      if (findings.stream().anyMatch(f -> f.ruleId().equals("avro.resolution.incompatible"))) {
        guarded.add(pair.name() + " " + pair.detail());
      }
      for (boolean backward : new boolean[] {true, false}) {
        Schema writer = (backward ? pair.older() : pair.newer()).schema();
        Schema reader = (backward ? pair.newer() : pair.older()).schema();
        Classification verdict = AvroSchemas.verdict(findings, backward);
        String label = pair.name() + (backward ? " backward" : " forward");
        DatumGenerator generator = new DatumGenerator(SEED + label.hashCode());
        String witness = null;
        int tried = 0;
        for (int i = 0; i < DATA_PER_DIRECTION; i++) {
          Optional<DatumGenerator.Datum> datum = generator.next(writer);
          if (datum.isEmpty()) {
            continue;
          }
          tried++;
          String problem = problem(writer, reader, datum.get().value());
          if (problem != null) {
            witness = problem;
            if (verdict == Classification.COMPATIBLE) {
              counterexamples.add(label + " " + pair.detail() + ": Treaty says compatible, but "
                  + problem);
            }
            break;
          }
        }
        directions++;
        data += tried;
        if (tried == 0) {
          withoutValues++;
          continue;
        }
        if (verdict == Classification.COMPATIBLE) {
          compatible++;
        } else if (verdict == Classification.BREAKING) {
          breaking++;
          if (witness != null) {
            witnessed++;
          } else {
            unwitnessed.add(label);
          }
        } else {
          undecidable++;
          undecidableWitnessed += witness != null ? 1 : 0;
        }
      }
    }
    System.out.printf(Locale.ROOT, "[treaty] avro oracle: %d pairs, %d directions (%d without a "
            + "finite value), %d data tried; %d compatible verdicts, %d counterexamples; %d "
            + "breaking verdicts, witnesses found for %d (%.1f%%); %d undecidable, %d of them fail "
            + "in Java's decoder%n", cases.size(), directions,
        withoutValues, data, compatible, counterexamples.size(), breaking, witnessed,
        breaking == 0 ? 100.0 : 100.0 * witnessed / breaking, undecidable, undecidableWitnessed);
    System.out.println("[treaty] avro oracle: breaking without a witness in Java's decoder (record "
        + "names, uuid read as bytes): " + unwitnessed);
    assertThat(guarded).as("pairs where only Avro's checker found the incompatibility").isEmpty();
    assertThat(counterexamples).as("data that contradict a compatible verdict")
        .hasSizeLessThan(1_000).isEmpty();
    assertThat(compatible).as("compatible verdicts checked").isGreaterThan(150);
    assertThat(breaking).as("breaking verdicts checked").isGreaterThan(150);
  }

  /**
   * Writes and reads one datum with both of Java's decoders (the fast reader and the resolving
   * decoder); what went wrong, or {@code null} when its meaning is kept in both.
   */
  static String problem(Schema writer, Schema reader, Object datum) {
    for (boolean fast : new boolean[] {true, false}) {
      String decoder = fast ? "the fast reader" : "the resolving decoder";
      Object decoded;
      try {
        decoded = Datums.roundTrip(writer, reader, datum, fast);
      } catch (IOException | RuntimeException e) {
        return "the datum " + render(datum) + " fails to decode in " + decoder + ": "
            + e.getMessage();
      }
      String difference = MeaningCheck.difference(datum, writer, decoded, reader);
      if (difference != null) {
        return "the datum " + render(datum) + " changes meaning in " + decoder + ": "
            + difference;
      }
    }
    return null;
  }

  private static String render(Object datum) {
    String text = org.apache.avro.generic.GenericData.get().toString(datum);
    return text.length() > 200 ? text.substring(0, 200) + "…" : text;
  }

  private static List<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    for (String line : Files.readAllLines(Corpus.resolve("avro/avro-compat-cases.jsonl"))) {
      JsonNode test = JSON.readTree(line);
      if (test.get("expected").has("compatible")) {
        cases.add(new Case(test.get("id").asText(), "", parse(named(test.get("writer"))),
            parse(named(test.get("reader")))));
      }
    }
    for (String line : Files.readAllLines(Corpus.resolve("avro/avro-decode-cases.jsonl"))) {
      JsonNode test = JSON.readTree(line);
      cases.add(new Case(test.get("id").asText(), "", parse(test.get("writer").toString()),
          parse(test.get("reader").toString())));
    }
    for (String line : Files.readAllLines(
        Corpus.resolve("avro/avro-validator-strategy-cases.jsonl"))) {
      JsonNode test = JSON.readTree(line);
      int version = 0;
      for (JsonNode existing : test.get("existing_oldest_first")) {
        cases.add(new Case(test.get("id").asText() + " v" + version++, "",
            parse(existing.toString()), parse(test.get("to_validate").toString())));
      }
    }
    int index = 0;
    for (String[] pair : TypeMatrix.pairs()) {
      cases.add(new Case("matrix-" + index++, pair[0] + " -> " + pair[1], parse(pair[0]),
          parse(pair[1])));
    }
    Path fixtures = Path.of("src/test/resources/avro/rules");
    try (Stream<Path> rules = Files.list(fixtures)) {
      for (Path rule : rules.sorted().toList()) {
        try (Stream<Path> fixturesOfRule = Files.list(rule)) {
          for (Path fixture : fixturesOfRule.sorted().toList()) {
            cases.add(new Case(rule.getFileName() + "/" + fixture.getFileName(), "",
                read(fixture, "old.avsc"), read(fixture, "new.avsc")));
          }
        }
      }
    }
    return cases;
  }

  private static String named(JsonNode schema) {
    return AvroSchemas.named(schema);
  }

  private static ParsedAvroSchema parse(String text) {
    return (ParsedAvroSchema) AvroSchemas.parse("schema.avsc", text);
  }

  private static ParsedAvroSchema read(Path fixture, String file) throws IOException {
    return (ParsedAvroSchema) AvroSchemas.FORMAT.parse(
        SourceFile.of(file, Files.readAllBytes(fixture.resolve(file))),
        SchemaResolver.ofDirectory(fixture), null);
  }
}
