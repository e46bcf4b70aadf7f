package dev.treaty.internal.registry;

import java.nio.file.Path;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where each thing lives in a registry directory — the code form of {@code docs/registry.md}.
 * Layout 1:
 *
 * <pre>
 * &lt;root&gt;/treaty-registry.properties                          the marker: layout=1
 * &lt;root&gt;/.gitattributes                                      {@code * -text}: Git keeps the bytes
 * &lt;root&gt;/contracts/&lt;id&gt;/&lt;version&gt;/manifest.json            id, version, contract file, sizes, sha-256
 * &lt;root&gt;/contracts/&lt;id&gt;/&lt;version&gt;/files/&lt;location&gt;         each published file, verbatim
 * &lt;root&gt;/expectations/&lt;contract-id&gt;/&lt;consumer&gt;.expectation.yaml   the document, verbatim
 * </pre>
 *
 * <p>Work in progress lives beside its target, in the same directory, under a name starting with
 * {@code .} that no id, consumer or version can have: {@code .staging-*} (a version being
 * written), {@code .trash-*} (a version being removed), {@code .tmp-*} (a file being written).
 * Being in the same directory keeps every final rename on one file system, hence atomic.
 *
 * @param root the registry directory, absolute and normalised
 */
record RegistryLayout(Path root) {

  static final String MARKER = "treaty-registry.properties";
  static final String GIT_ATTRIBUTES = ".gitattributes";
  static final String CONTRACTS = "contracts";
  static final String EXPECTATIONS = "expectations";
  static final String MANIFEST = "manifest.json";
  static final String FILES = "files";
  static final String EXPECTATION_SUFFIX = ".expectation.yaml";

  static final String STAGING_PREFIX = ".staging-";
  static final String TRASH_PREFIX = ".trash-";
  static final String TEMP_PREFIX = ".tmp-";

  Path marker() {
    return root.resolve(MARKER);
  }

  Path gitAttributes() {
    return root.resolve(GIT_ATTRIBUTES);
  }

  Path contracts() {
    return root.resolve(CONTRACTS);
  }

  Path contractDirectory(String id) {
    return contracts().resolve(id);
  }

  Path versionDirectory(String id, String version) {
    return contractDirectory(id).resolve(version);
  }

  Path expectationDirectory(String contractId) {
    return root.resolve(EXPECTATIONS).resolve(contractId);
  }

  Path expectationFile(String contractId, String consumer) {
    return expectationDirectory(contractId).resolve(consumer + EXPECTATION_SUFFIX);
  }

  /** The consumer whose expectation a file name holds, or {@code null} if it holds none. */
  static @Nullable String consumerOf(String fileName) {
    if (!fileName.endsWith(EXPECTATION_SUFFIX)) {
      return null;
    }
    String consumer = fileName.substring(0, fileName.length() - EXPECTATION_SUFFIX.length());
    return RegistryNames.isName(consumer) ? consumer : null;
  }

  /** A published file inside a version directory (or its staging twin). */
  static Path file(Path versionDirectory, String location) {
    Path path = versionDirectory.resolve(FILES);
    for (String segment : location.split("/")) {
      path = path.resolve(segment);
    }
    return path;
  }

  /** A fresh, unique name beside {@code target} for writing it; unique across processes. */
  static Path staging(Path target) {
    return besides(target, STAGING_PREFIX);
  }

  /** A fresh, unique name beside {@code target} to move it to before deleting it. */
  static Path trash(Path target) {
    return besides(target, TRASH_PREFIX);
  }

  /** A fresh, unique name beside {@code target} for a file about to replace it. */
  static Path temporary(Path target) {
    return besides(target, TEMP_PREFIX);
  }

  private static Path besides(Path target, String prefix) {
    return target.resolveSibling(prefix + target.getFileName() + "-" + UUID.randomUUID());
  }

  /** Whether a directory entry is work in progress, or left behind by a process that died. */
  static boolean isLeftover(String fileName) {
    return fileName.startsWith(STAGING_PREFIX) || fileName.startsWith(TRASH_PREFIX)
        || fileName.startsWith(TEMP_PREFIX);
  }

  /** A path inside the registry as a location relative to the root, with forward slashes. */
  String relative(Path path) {
    return root.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
  }
}
