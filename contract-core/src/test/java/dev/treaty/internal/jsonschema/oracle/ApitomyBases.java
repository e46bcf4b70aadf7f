package dev.treaty.internal.jsonschema.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Apitomy's oracle bases ({@code oracle-bases.json}), each rendered in every draft it lists and
 * edited by the {@link EditCatalogue} at every subschema location.
 */
final class ApitomyBases {

  static final String BASES = "jsonschema/apitomy-data-models/oracle-bases.json";

  private ApitomyBases() {}

  /** Every edit pair of every base and draft, in file order. */
  static List<SchemaPair> editPairs() {
    List<SchemaPair> pairs = new ArrayList<>();
    for (JsonNode base : CorpusPairs.read(BASES).get("bases")) {
      for (JsonNode draft : base.get("drafts")) {
        pairs.addAll(EditCatalogue.pairs(base.get("id").asText(), draft.asText(), base.get("schema")));
      }
    }
    return pairs;
  }

  /**
   * A deterministic sample: every {@code n}-th pair, with {@code n} chosen so that about
   * {@code max} remain, spread over all bases, drafts and edits.
   */
  static List<SchemaPair> sample(List<SchemaPair> pairs, int max) {
    if (pairs.size() <= max) {
      return pairs;
    }
    List<SchemaPair> sample = new ArrayList<>();
    for (int i = 0; i < max; i++) {
      sample.add(pairs.get((int) ((long) i * pairs.size() / max)));
    }
    return sample;
  }
}
