package dev.treaty.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the peer-project conformance corpus, {@code ../shared/corpus} relative to the project
 * root. Surefire runs tests in the module directory, so the search walks up from there. The
 * system property {@code contract.corpus.dir} overrides the search ({@code .ci/run} sets it when
 * the checkout is a clone whose corpus lives beside the original).
 *
 * <p>The corpus is not part of the repository (it holds other projects' files under their own
 * licences). Where it is absent, tests that need it are aborted — reported as skipped, with this
 * reason — rather than failed: their figures then simply do not appear in that build.
 */
public final class Corpus {

  private Corpus() {}

  /**
   * The corpus root.
   *
   * @return the directory holding {@code jsonschema/}, {@code avro/}, {@code protobuf/}, {@code odcs/}
   * @throws org.opentest4j.TestAbortedException if it cannot be found, so the test is skipped with
   *     the reason
   */
  public static Path root() {
    String override = System.getProperty("contract.corpus.dir");
    if (override != null && Files.isDirectory(Path.of(override).resolve("jsonschema"))) {
      return Path.of(override);
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("../shared/corpus").normalize();
      if (Files.isDirectory(candidate.resolve("jsonschema"))) {
        return candidate;
      }
    }
    announceMissing();
    throw new org.opentest4j.TestAbortedException(
        "Skipped: the conformance corpus (../shared/corpus) is not beside this checkout ("
            + Path.of("").toAbsolutePath() + "); set -Dcontract.corpus.dir=<path> to run it");
  }

  private static boolean announced;

  /** Says once, in the build output, that corpus tests are skipped, so their absence is visible. */
  private static synchronized void announceMissing() {
    if (!announced) {
      announced = true;
      System.out.println("[treaty] conformance corpus not found beside this checkout (../shared/corpus): "
          + "corpus tests are skipped; set -Dcontract.corpus.dir=<path> to run them");
    }
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
