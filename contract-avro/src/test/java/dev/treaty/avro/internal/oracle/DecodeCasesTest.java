package dev.treaty.avro.internal.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.avro.AvroSchemas;
import dev.treaty.model.Classification;
import dev.treaty.model.Finding;
import dev.treaty.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Reproduces Avro's data-level resolution cases ({@code avro-decode-cases.jsonl}) with
 * {@code GenericDatumWriter}/{@code GenericDatumReader}: the datum decodes to the listed value and
 * class, or fails with the listed error. Each case then holds Treaty to it: where the datum fails
 * to decode or changes meaning, Treaty's backward verdict (old = writer, new = reader) must be
 * breaking.
 */
class DecodeCasesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TestFactory
  Stream<DynamicTest> decodeCases() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (String line : Files.readAllLines(Corpus.resolve("avro/avro-decode-cases.jsonl"))) {
      JsonNode test = JSON.readTree(line);
      tests.add(DynamicTest.dynamicTest(test.get("id").asText(), () -> decode(test)));
    }
    return tests.stream();
  }

  private static void decode(JsonNode test) throws IOException {
    Schema writer = new Schema.Parser().parse(test.get("writer").toString());
    Schema reader = new Schema.Parser().parse(test.get("reader").toString());
    Object datum = Datums.fromPlain(writer, test.get("datum_json"));
    if (test.has("expected_error")) {
      String match = test.get("expected_error_match").asText();
      String text = match.substring(match.indexOf(':') + 1).trim();
      // the resolving decoder, as upstream's test reads; the fast reader's messages differ
      assertThatThrownBy(() -> Datums.roundTrip(writer, reader, datum, false))
          .satisfies(e -> assertThat(e.getClass().getSimpleName())
              .isEqualTo(test.get("expected_error").asText()))
          .satisfies(e -> {
            if (match.startsWith("message equals")) {
              assertThat(e.getMessage()).isEqualTo(text);
            } else {
              assertThat(e.getMessage()).contains(text);
            }
          });
    } else {
      Object decoded = Datums.roundTrip(writer, reader, datum, false);
      assertThat(GenericData.get().toString(Datums.roundTrip(writer, reader, datum, true)))
          .as("the fast reader agrees").isEqualTo(GenericData.get().toString(decoded));
      JsonNode actual = JSON.readTree(GenericData.get().toString(decoded));
      JsonNode expected = test.get("expected_decoded_json");
      assertThat(actual.equals((a, b) -> a.isNumber() && b.isNumber()
              ? Double.compare(a.asDouble(), b.asDouble()) : a.equals(b) ? 0 : 1, expected))
          .as(actual + " equals " + expected).isTrue();
      assertThat(decoded.getClass().getName())
          .isEqualTo(test.get("expected_decoded_java_class").asText());
    }
    String problem = RoundTripOracleTest.problem(writer, reader, datum);
    List<Finding> findings = AvroSchemas.compare(test.get("writer").toString(),
        test.get("reader").toString());
    if (problem != null) {
      assertThat(AvroSchemas.verdict(findings, true)).as(problem + "; findings " + findings)
          .isEqualTo(Classification.BREAKING);
    }
  }
}
