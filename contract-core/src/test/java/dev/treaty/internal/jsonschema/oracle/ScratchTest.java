package dev.treaty.internal.jsonschema.oracle;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScratchTest {
  @Test
  void show() {
    List<SchemaPair> edits = ApitomyBases.editPairs();
    WitnessSearch full = new WitnessSearch(WitnessSearch.Budget.DEFAULT);
    WitnessSearchJudge ref = new WitnessSearchJudge(full);
    Map<String, Judgement> cached = new HashMap<>();
    long t0 = System.nanoTime();
    for (SchemaPair p : edits) cached.put(p.id(), ref.judge(p));
    System.out.println("judging took " + (System.nanoTime() - t0) / 1e9);
    CompatibilityJudge fast = new CompatibilityJudge() {
      public String name() { return "cached"; }
      public Judgement judge(SchemaPair pair) { return cached.get(pair.id()); }
    };
    for (int[] b : new int[][] {{40, 120}, {20, 80}, {0, 0}}) {
      WitnessSearch search = new WitnessSearch(new WitnessSearch.Budget(GeneratorLimits.DEFAULT, b[0], b[1]));
      OracleReport e = new InstanceOracle(fast, search).run("edits " + b[0] + "x" + b[1], edits);
      System.out.println(e.summary());
      e.unwitnessed().stream().limit(8).forEach(u -> System.out.println("   " + u));
    }
  }
}
