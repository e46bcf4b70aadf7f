package dev.treaty.maven;

import dev.treaty.LoadedContract;
import dev.treaty.model.CompatibilityMode;
import dev.treaty.model.EvolutionPolicy;
import dev.treaty.model.EvolutionResult;
import dev.treaty.model.Finding;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import javax.inject.Inject;
import org.eclipse.aether.RepositorySystem;
import org.jspecify.annotations.Nullable;

/**
 * Compares two schema files, or two contract files, named on the command line — no project
 * needed — and prints every change with its classification per direction and the verdict under
 * each compatibility mode:
 * {@code mvn dev.treaty:contract-maven-plugin:diff -Dold=v1.schema.json -Dnew=v2.schema.json}.
 */
@Mojo(name = "diff", requiresProject = false, threadSafe = true)
public class DiffMojo extends ContractMojo {

  /**
   * Creates the mojo.
   *
   * @param repositorySystem Maven's resolver, for protoc
   */
  @Inject
  public DiffMojo(RepositorySystem repositorySystem) {
    super(repositorySystem);
  }

  /** The earlier file: a schema (.json, .avsc, .proto) or a contract (.odcs.yaml). */
  @Parameter(property = "old", required = true)
  File oldFile;

  /** The later file, of the same kind. */
  @Parameter(property = "new", required = true)
  File newFile;

  /**
   * The evolution policy, strict or lenient; default: the later contract's own, or strict for
   * two schema files.
   */
  @Parameter(property = "contract.policy")
  @Nullable String policy;

  /** When set, the build fails if the change breaks this mode. */
  @Parameter(property = "contract.compatibility")
  @Nullable String failUnder;

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    for (File file : List.of(oldFile, newFile)) {
      if (!file.isFile()) {
        throw new MojoExecutionException("No such file: " + file + " (give two files: -Dold=... -Dnew=...).");
      }
    }
    EvolutionPolicy evolutionPolicy;
    CompatibilityMode mode;
    try {
      evolutionPolicy = policy == null ? null : EvolutionPolicy.parse(policy);
      mode = failUnder == null ? null : CompatibilityMode.parse(failUnder);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
    provideProtocIfNeeded(List.of(oldFile.toPath(), newFile.toPath()),
        Path.of(System.getProperty("java.io.tmpdir")));
    EvolutionResult result;
    boolean oldIsContract = oldFile.getName().endsWith(".odcs.yaml");
    if (oldIsContract != newFile.getName().endsWith(".odcs.yaml")) {
      throw new MojoExecutionException("Give two contracts (.odcs.yaml) or two schema files, not one of each: "
          + oldFile.getName() + ", " + newFile.getName() + ".");
    }
    if (oldIsContract) {
      LoadedContract before = treaty.loadContract(oldFile.toPath(), directoryOf(oldFile));
      LoadedContract after = treaty.loadContract(newFile.toPath(), directoryOf(newFile));
      result = treaty.compare(before, after,
          evolutionPolicy != null ? evolutionPolicy : after.contract().policy());
    } else {
      result = treaty.compareSchemas(oldFile.toPath(), newFile.toPath(),
          evolutionPolicy != null ? evolutionPolicy : EvolutionPolicy.STRICT);
    }
    List<Finding> findings = result.comparisons().get(0).findings();
    getLog().info("Comparing " + oldFile + " -> " + newFile + " ("
        + result.policy().name().toLowerCase(java.util.Locale.ROOT) + " policy): " + findings.size()
        + " change" + (findings.size() == 1 ? "" : "s"));
    for (Finding finding : findings) {
      getLog().info("  " + (finding.path().isRoot() ? "(root)" : finding.path()) + "  " + finding.ruleId()
          + "  backward=" + finding.backward() + " forward=" + finding.forward() + "  " + finding.message());
    }
    for (Map.Entry<CompatibilityMode, Boolean> verdict : result.verdicts().entrySet()) {
      if (!verdict.getKey().isTransitive()) {
        getLog().info(String.format("  %-10s %s", verdict.getKey(), verdict.getValue() ? "compatible" : "BREAKING"));
      }
    }
    if (mode != null && !result.failing(mode).isEmpty()) {
      throw new MojoFailureException("The change breaks " + mode + " compatibility ("
          + result.failing(mode).size() + " breaking change(s)).");
    }
  }

  private static Path directoryOf(File file) {
    return file.getAbsoluteFile().getParentFile().toPath();
  }
}
