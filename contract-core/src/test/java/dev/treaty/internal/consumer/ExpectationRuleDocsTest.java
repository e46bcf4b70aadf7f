package dev.treaty.internal.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.internal.verify.ContractRule;
import dev.treaty.model.RuleDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every consumer and contract rule is documented, with its classification. */
class ExpectationRuleDocsTest {

  private static String docs() throws IOException {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path file = dir.resolve("docs/rules/expectations.md");
      if (Files.isRegularFile(file)) {
        return Files.readString(file);
      }
    }
    throw new IllegalStateException("docs/rules/expectations.md not found");
  }

  @Test
  void everyRuleHasARowWithItsClassification() throws IOException {
    String docs = docs();
    for (ExpectationRule rule : ExpectationRule.values()) {
      assertThat(docs).as(rule.id()).contains("| `" + rule.id() + "` | "
          + rule.descriptor().forward().name().toLowerCase(java.util.Locale.ROOT) + " |");
    }
    for (RuleDescriptor rule : ContractRule.catalogue()) {
      assertThat(docs).as(rule.id()).contains("| `" + rule.id() + "` | "
          + rule.backward().name().toLowerCase(java.util.Locale.ROOT) + " | "
          + rule.forward().name().toLowerCase(java.util.Locale.ROOT) + " |");
    }
  }
}
