package dev.treaty.maven;

import dev.treaty.LoadedContract;
import dev.treaty.model.AcceptedChange;
import dev.treaty.model.CompatibilityMode;
import dev.treaty.model.EvolutionPolicy;
import dev.treaty.model.Expectation;
import dev.treaty.model.InvalidInputException;
import dev.treaty.model.PublishedContract;
import dev.treaty.model.PublishedExpectation;
import dev.treaty.model.VerificationReport;
import dev.treaty.spi.Registry;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.jspecify.annotations.Nullable;

/**
 * Producer side: checks every contract in the project — that it is valid and agrees with its
 * schema, that the change keeps the contract's compatibility mode against the published versions,
 * and that no registered consumer breaks. Fails the build on a break; writes reports to
 * {@code target/contract-reports/}.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class VerifyMojo extends ContractMojo {

  /**
   * Creates the mojo.
   *
   * @param repositorySystem Maven's resolver, for the baseline from a Maven repository and protoc
   */
  @Inject
  public VerifyMojo(RepositorySystem repositorySystem) {
    super(repositorySystem);
  }

  /**
   * Also compare against contracts released as a Maven artifact ({@code contract:publish
   * -Dcontract.attach=true}): {@code previous} for the latest release of this project below its
   * version, or {@code groupId:artifactId:version}.
   */
  @Parameter(property = "contract.baseline")
  @Nullable String baseline;

  @Parameter(defaultValue = "${project}", readonly = true)
  @Nullable MavenProject project;


  /** Where the project's ODCS contracts ({@code *.odcs.yaml}) are. */
  @Parameter(property = "contract.contracts", defaultValue = "${project.basedir}/src/main/contracts")
  File contracts;

  /** The directory that contracts' schema files must stay inside. */
  @Parameter(property = "contract.baseDirectory", defaultValue = "${project.basedir}")
  File baseDirectory;

  /** Deliberately accepted breaks; optional. */
  @Parameter(property = "contract.acceptedChanges",
      defaultValue = "${project.basedir}/src/main/contracts/contract-accepted-changes.yaml")
  File acceptedChanges;

  /** Overrides every contract's compatibility mode (BACKWARD, FULL_TRANSITIVE, NONE...). */
  @Parameter(property = "contract.compatibility")
  @Nullable String compatibility;

  /** Overrides every contract's evolution policy (strict or lenient). */
  @Parameter(property = "contract.policy")
  @Nullable String policy;

  /** Whether a break fails the build; when false, breaks are logged and reported only. */
  @Parameter(property = "contract.failOnBreaking", defaultValue = "true")
  boolean failOnBreaking;

  /** Whether consumer expectations the previous version already failed also fail the build. */
  @Parameter(property = "contract.failOnUnmet", defaultValue = "false")
  boolean failOnUnmet;

  /** Where reports are written. */
  @Parameter(property = "contract.reports", defaultValue = "${project.build.directory}/contract-reports")
  File reportsDirectory;

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    List<Path> files = files(contracts, ".odcs.yaml");
    if (files.isEmpty()) {
      getLog().info("No contracts (*.odcs.yaml) in " + contracts + ".");
      return;
    }
    provideProtocIfNeeded(files, buildDirectory().toPath());
    CompatibilityMode mode = parse(() -> compatibility == null ? null : CompatibilityMode.parse(compatibility));
    EvolutionPolicy evolutionPolicy = parse(() -> policy == null ? null : EvolutionPolicy.parse(policy));
    List<AcceptedChange> accepted = acceptedChanges.isFile()
        ? treaty.readAcceptedChanges(acceptedChanges.toPath()) : List.of();
    Registry registry = registryOrNull();
    Registry baselineRegistry = baselineRegistry();
    if (registry == null && baselineRegistry == null) {
      getLog().warn("No registry configured (contract.registry): checking contract validity only, "
          + "not evolution or consumers.");
    }
    List<String> broken = new ArrayList<>();
    List<String> invalid = new ArrayList<>();
    for (Path file : files) {
      LoadedContract current;
      try {
        current = treaty.loadContract(file, baseDirectory.toPath());
      } catch (InvalidInputException e) {
        logProblems(e.problems());
        invalid.add(baseDirectory.toPath().relativize(file.toAbsolutePath()).toString());
        continue;
      }
      if (registry == null && baselineRegistry == null) {
        getLog().info(current.contract().id() + " " + current.contract().version() + ": valid.");
        continue;
      }
      warnIfPublishedDifferently(registry, current);
      VerificationReport report = verify(registry, baselineRegistry, current, accepted, mode, evolutionPolicy);
      log(treaty.consoleReport(report));
      treaty.writeReports(report, reportsDirectory.toPath());
      if (!report.passes()) {
        broken.add(report.contract() + " " + report.version());
      }
    }
    if (!invalid.isEmpty()) {
      throw new MojoFailureException("Invalid contract" + (invalid.size() == 1 ? "" : "s") + ": "
          + String.join(", ", invalid) + " (see the errors above).");
    }
    if (!broken.isEmpty()) {
      String message = "Contract check failed for " + String.join(", ", broken)
          + " (see the errors above and " + reportsDirectory + ").";
      if (failOnBreaking) {
        throw new MojoFailureException(message);
      }
      getLog().warn(message + " Not failing: contract.failOnBreaking=false.");
    }
  }

  private VerificationReport verify(@Nullable Registry registry, @Nullable Registry baselineRegistry,
      LoadedContract current, List<AcceptedChange> accepted, @Nullable CompatibilityMode mode,
      @Nullable EvolutionPolicy evolutionPolicy) throws MojoExecutionException {
    String id = current.contract().id();
    Map<String, LoadedContract> earlier = new LinkedHashMap<>();
    for (Registry source : java.util.Arrays.asList(registry, baselineRegistry)) {
      if (source == null) {
        continue;
      }
      for (String version : source.versions(id)) {
        if (!earlier.containsKey(version)) {
          Optional<PublishedContract> published = source.contract(id, version);
          if (published.isPresent()) {
            provideProtocIfNeeded(published.get(), buildDirectory().toPath());
            earlier.put(version, treaty.loadContract(published.get()));
          }
        }
      }
    }
    List<Expectation> expectations = new ArrayList<>();
    if (registry != null) {
      for (PublishedExpectation published : registry.expectations(id)) {
        expectations.add(treaty.readExpectation(published.document()));
      }
    }
    return treaty.verification(current).withEarlierVersions(List.copyOf(earlier.values()))
        .withExpectations(expectations)
        .withAcceptedChanges(accepted).withMode(mode).withPolicy(evolutionPolicy)
        .withFailOnUnmet(failOnUnmet).run();
  }

  private java.io.File buildDirectory() {
    return project != null ? new java.io.File(project.getBuild().getDirectory())
        : new java.io.File(System.getProperty("java.io.tmpdir"));
  }

  /** A changed contract under an already published version cannot be published: say so early. */
  private void warnIfPublishedDifferently(@Nullable Registry registry, LoadedContract current) {
    if (registry == null) {
      return;
    }
    registry.contract(current.contract().id(), current.contract().version()).ifPresent(published -> {
      if (!published.sameContent(current.toPublished())) {
        getLog().warn(current.contract().id() + " " + current.contract().version() + " is already "
            + "published with different content; publishing will fail until the version is bumped. "
            + "Compared with the versions before it.");
      }
    });
  }

  private @Nullable Registry baselineRegistry() throws MojoExecutionException {
    if (baseline == null || baseline.isBlank()) {
      return null;
    }
    if (project == null || repositorySession == null) {
      throw new MojoExecutionException("contract.baseline needs a project.");
    }
    Path into = new java.io.File(project.getBuild().getDirectory(), "contract-baseline").toPath();
    java.util.Optional<Path> unpacked = new BaselineResolver(java.util.Objects.requireNonNull(repositorySystem),
        repositorySession,
        remoteRepositories).resolve(baseline.trim(), project.getGroupId(), project.getArtifactId(),
        project.getVersion(), into);
    if (unpacked.isEmpty()) {
      getLog().info("No earlier release of " + project.getGroupId() + ":" + project.getArtifactId()
          + " with contracts; nothing to compare with from the Maven repository.");
      return null;
    }
    getLog().info("Baseline contracts from the Maven repository: " + baseline.trim() + ".");
    return treaty.directoryRegistry(unpacked.get());
  }

  private interface Parse<T> {
    @Nullable T get();
  }

  private static <T> @Nullable T parse(Parse<T> parse) throws MojoExecutionException {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }
}
