package dev.treaty.internal.jsonschema.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.testing.Corpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The pair cases of the peer corpora, read from {@code ../shared/corpus/jsonschema}. */
final class CorpusPairs {

  static final String APICURIO = "jsonschema/apicurio-registry/compatibility-test-data.json";
  static final String GETSENTRY =
      "jsonschema/getsentry-json-schema-diff/getsentry-json-schema-diff-cases.derived.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  private CorpusPairs() {}

  /** Apicurio's cases: {@code original} is the previous schema, {@code updated} the current one. */
  static List<SchemaPair> apicurio() {
    JsonNode tests = read(APICURIO).get("tests");
    List<SchemaPair> pairs = new ArrayList<>();
    for (int i = 0; i < tests.size(); i++) {
      JsonNode test = tests.get(i);
      // ids repeat upstream: the index keeps them apart
      pairs.add(new SchemaPair("apicurio#" + i + " " + test.get("id").asText(),
          test.get("original"), test.get("updated")));
    }
    return pairs;
  }

  /** getsentry's cases: {@code lhs} is the previous schema, {@code rhs} the current one. */
  static List<SchemaPair> getsentry() {
    List<SchemaPair> pairs = new ArrayList<>();
    for (JsonNode test : read(GETSENTRY).get("cases")) {
      pairs.add(new SchemaPair("getsentry " + test.get("id").asText(), test.get("lhs"), test.get("rhs")));
    }
    return pairs;
  }

  static JsonNode read(String relative) {
    Path file = Corpus.resolve(relative);
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read corpus file " + file, e);
    }
  }
}
