package dev.treaty.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the peer-project conformance corpus, {@code ../shared/corpus} relative to the project
 * root. Surefire runs tests in the module directory, so the search walks up from there. The
 * system property {@code contract.corpus.dir} overrides the search.
 */
public final class Corpus {

  private Corpus() {}

  /**
   * The corpus root.
   *
   * @return the directory holding {@code jsonschema/}, {@code avro/}, {@code protobuf/}, {@code odcs/}
   * @throws IllegalStateException if it cannot be found
   */
  public static Path root() {
    String override = System.getProperty("contract.corpus.dir");
    if (override != null) {
      return Path.of(override);
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("../shared/corpus").normalize();
      if (Files.isDirectory(candidate.resolve("jsonschema"))) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "../shared/corpus not found above " + Path.of("").toAbsolutePath()
            + "; set -Dcontract.corpus.dir=<path>");
  }

  /**
   * A path inside the corpus.
   *
   * @param relative e.g. {@code jsonschema/apicurio-registry/compatibility-test-data.json}
   * @return the path
   */
  public static Path resolve(String relative) {
    return root().resolve(relative);
  }
}
