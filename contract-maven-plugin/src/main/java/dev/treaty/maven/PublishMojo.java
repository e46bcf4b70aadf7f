package dev.treaty.maven;

import dev.treaty.LoadedContract;
import dev.treaty.model.Expectation;
import dev.treaty.model.Finding;
import dev.treaty.model.InvalidInputException;
import dev.treaty.model.PublishOutcome;
import dev.treaty.model.SourceFile;
import dev.treaty.spi.Registry;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;
import org.eclipse.aether.RepositorySystem;
import org.jspecify.annotations.Nullable;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes this build's contracts and consumer expectations to the registry. A contract version is
 * immutable: publishing different content under a published version fails. A consumer's
 * expectation is first checked against the latest published version of its contract, so the
 * consumer learns at once when it asks for something the producer does not give.
 */
@Mojo(name = "publish", threadSafe = true)
public class PublishMojo extends ContractMojo {

  private final MavenProjectHelper projectHelper;

  /**
   * Creates the mojo.
   *
   * @param repositorySystem Maven's resolver, for protoc
   * @param projectHelper attaches the contracts archive to the build
   */
  @Inject
  public PublishMojo(RepositorySystem repositorySystem, MavenProjectHelper projectHelper) {
    super(repositorySystem);
    this.projectHelper = projectHelper;
  }

  /**
   * Also attach this build's contracts to the project as a {@code contracts}-classified zip, so
   * that {@code deploy} puts them in the Maven repository and later builds can compare against
   * them ({@code contract.baseline=previous}).
   */
  @Parameter(property = "contract.attach", defaultValue = "false")
  boolean attach;

  @Parameter(defaultValue = "${project}", readonly = true)
  @Nullable MavenProject project;

  /** Where the project's ODCS contracts ({@code *.odcs.yaml}) are. */
  @Parameter(property = "contract.contracts", defaultValue = "${project.basedir}/src/main/contracts")
  File contracts;

  /** The directory that contracts' schema files must stay inside. */
  @Parameter(property = "contract.baseDirectory", defaultValue = "${project.basedir}")
  File baseDirectory;

  /**
   * Where the project's expectation documents ({@code *.expectation.yaml}) are: those the JUnit
   * extension writes, and hand-written ones.
   */
  @Parameter(property = "contract.expectations")
  List<File> expectations = new ArrayList<>();

  /** The build directory, where the JUnit extension writes expectations by default. */
  @Parameter(defaultValue = "${project.build.directory}", readonly = true)
  File buildDirectory;

  /** The project directory. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true)
  File projectDirectory;

  /** Publish an expectation even when the latest contract version does not meet it yet. */
  @Parameter(property = "contract.allowUnmet", defaultValue = "false")
  boolean allowUnmet;

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    Registry registry = attach && this.registry == null ? null : requireRegistry("publish");
    Registry archive = attach ? archiveRegistry() : null;
    if (registry != null) {
      getLog().info("Registry: " + registry.describe());
    }
    List<String> problems = new ArrayList<>();
    provideProtocIfNeeded(files(contracts, ".odcs.yaml"), buildDirectory.toPath());
    for (Path file : files(contracts, ".odcs.yaml")) {
      LoadedContract contract;
      try {
        contract = treaty.loadContract(file, baseDirectory.toPath());
      } catch (InvalidInputException e) {
        logProblems(e.problems());
        problems.add("invalid contract " + file.getFileName());
        continue;
      }
      if (archive != null) {
        treaty.publish(archive, contract);
      }
      if (registry != null) {
        PublishOutcome outcome = treaty.publish(registry, contract);
        getLog().info("Contract " + contract.contract().id() + " " + contract.contract().version() + ": "
            + describe(outcome) + " (" + contract.files().size() + " files: "
            + String.join(", ", contract.files().stream().map(SourceFile::location).toList()) + ")");
      }
    }
    if (archive != null) {
      attachArchive();
    }
    if (registry == null) {
      return;
    }
    for (Path file : expectationFiles()) {
      SourceFile document = read(file);
      Expectation expectation;
      try {
        expectation = treaty.readExpectation(document);
      } catch (InvalidInputException e) {
        logProblems(e.problems());
        problems.add("invalid expectation " + file.getFileName());
        continue;
      }
      if (!meetsLatest(registry, expectation)) {
        problems.add("expectation of " + expectation.consumer() + " is not met by "
            + expectation.contract());
        continue;
      }
      PublishOutcome outcome = treaty.publishExpectation(registry, document);
      getLog().info("Expectation of " + expectation.contract() + " by " + expectation.consumer() + ": "
          + describe(outcome) + " (" + expectation.fields().size() + " fields)");
    }
    if (!problems.isEmpty()) {
      throw new MojoFailureException("Not published: " + String.join("; ", problems)
          + " (see the errors above).");
    }
  }

  private Path archiveDirectory() {
    return new File(buildDirectory, "contract-archive").toPath();
  }

  private Registry archiveRegistry() throws MojoExecutionException {
    Path directory = archiveDirectory();
    try {
      if (Files.exists(directory)) {
        try (java.util.stream.Stream<Path> walk = Files.walk(directory)) {
          for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot clear " + directory + ": " + e.getMessage(), e);
    }
    return treaty.directoryRegistry(directory);
  }

  private void attachArchive() throws MojoExecutionException {
    if (project == null) {
      throw new MojoExecutionException("contract.attach needs a project.");
    }
    Path zip = new File(buildDirectory, project.getArtifactId() + "-" + project.getVersion() + "-"
        + ContractArchive.CLASSIFIER + "." + ContractArchive.TYPE).toPath();
    ContractArchive.zip(archiveDirectory(), zip);
    projectHelper.attachArtifact(project, ContractArchive.TYPE, ContractArchive.CLASSIFIER, zip.toFile());
    getLog().info("Attached " + zip.getFileName() + " for deployment with the build.");
  }

  private boolean meetsLatest(Registry registry, Expectation expectation) throws MojoExecutionException {
    List<String> versions = registry.versions(expectation.contract());
    if (!versions.isEmpty()) {
      Optional<dev.treaty.model.PublishedContract> newest =
          registry.contract(expectation.contract(), versions.get(versions.size() - 1));
      if (newest.isPresent()) {
        provideProtocIfNeeded(newest.get(), buildDirectory.toPath());
      }
    }
    Optional<LoadedContract> latest = treaty.latest(registry, expectation.contract());
    if (latest.isEmpty()) {
      getLog().warn("Contract " + expectation.contract() + " has no published version yet: the "
          + "expectation of " + expectation.consumer() + " is registered unchecked.");
      return true;
    }
    String version = latest.get().contract().version();
    if (!expectation.appliesTo(version)) {
      getLog().warn("The expectation of " + expectation.consumer() + " applies to versions "
          + expectation.versions() + "; the latest published version is " + version + ".");
      return true;
    }
    List<Finding> unmet = treaty.checkExpectation(expectation, latest.get()).stream()
        .filter(f -> f.forward().fails()).toList();
    if (unmet.isEmpty()) {
      getLog().info("The latest version " + version + " of " + expectation.contract() + " meets the "
          + "expectation of " + expectation.consumer() + ".");
      return true;
    }
    String headline = expectation.contract() + " " + version + " does not give consumer "
        + expectation.consumer() + " what it expects (" + unmet.size() + " problem"
        + (unmet.size() == 1 ? "" : "s") + "):";
    if (allowUnmet) {
      getLog().warn(headline);
      unmet.forEach(f -> getLog().warn("  " + f.path() + "  " + f.ruleId() + "  " + f.message()));
      getLog().warn("Publishing anyway (contract.allowUnmet=true): the producer's builds will report "
          + "these as already unmet until it provides them.");
      return true;
    }
    getLog().error(headline);
    unmet.forEach(f -> getLog().error("  " + f.path() + "  " + f.ruleId() + "  " + f.message()));
    getLog().error("Fix the expectation, or publish it ahead of the producer with "
        + "-Dcontract.allowUnmet=true.");
    return false;
  }

  private List<Path> expectationFiles() throws MojoExecutionException {
    List<File> directories = new ArrayList<>(expectations);
    if (directories.isEmpty()) {
      directories.add(new File(buildDirectory, "treaty/expectations"));
      directories.add(new File(projectDirectory, "src/main/expectations"));
    }
    List<Path> out = new ArrayList<>();
    for (File directory : directories) {
      out.addAll(files(directory, ".expectation.yaml"));
      out.addAll(files(directory, ".expectation.json"));
    }
    return out;
  }

  private SourceFile read(Path file) throws MojoExecutionException {
    try {
      return SourceFile.of(projectDirectory.toPath().relativize(file.toAbsolutePath()).toString()
          .replace('\\', '/'), Files.readAllBytes(file));
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static String describe(PublishOutcome outcome) {
    return switch (outcome) {
      case CREATED -> "published";
      case UPDATED -> "updated";
      case UNCHANGED -> "already published, unchanged";
    };
  }
}
