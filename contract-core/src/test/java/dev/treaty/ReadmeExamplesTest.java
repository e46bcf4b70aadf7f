package dev.treaty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.model.Contract;
import dev.treaty.model.Expectation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The contract and expectation the README shows are real files, and valid. */
class ReadmeExamplesTest {

  private static Path projectRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("contract-core"))) {
        return dir;
      }
    }
    throw new IllegalStateException("project root not found above " + Path.of("").toAbsolutePath());
  }

  private static List<String> yamlBlocks(String markdown) {
    Matcher m = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
    List<String> blocks = new ArrayList<>();
    while (m.find()) {
      blocks.add(m.group(1));
    }
    return blocks;
  }

  @Test
  void theReadmeShowsTheExampleFilesExactlyAndTheyAreValid() throws IOException {
    Path root = projectRoot();
    List<String> blocks = yamlBlocks(Files.readString(root.resolve("README.md")));
    Path contractFile = root.resolve("examples/order-service/src/main/contracts/order-events.odcs.yaml");
    Path expectationFile = root.resolve("docs/examples/fraud-scoring.expectation.yaml");
    assertThat(blocks.get(0)).isEqualTo(Files.readString(contractFile));
    assertThat(blocks.get(1)).isEqualTo(Files.readString(expectationFile));

    Treaty treaty = Treaty.create();
    LoadedContract contract = treaty.loadContract(contractFile, root.resolve("examples/order-service"));
    assertThat(contract.contract().id()).isEqualTo("payments.order-events");
    assertThat(contract.schemas()).containsOnlyKeys("OrderPlaced");
    Expectation expectation = treaty.readExpectation(expectationFile);
    assertThat(expectation.contract()).isEqualTo(contract.contract().id());
    // The hand-written expectation is one the example producer meets.
    assertThat(treaty.checkExpectation(expectation, contract))
        .noneMatch(f -> f.forward().fails());
    Contract reread = treaty.readContract(contractFile);
    assertThat(reread.compatibility().name()).isEqualTo("BACKWARD_TRANSITIVE");
  }
}
