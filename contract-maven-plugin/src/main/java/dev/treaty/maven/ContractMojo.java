package dev.treaty.maven;

import dev.treaty.Treaty;
import dev.treaty.model.Problem;
import dev.treaty.model.ReportLine;
import dev.treaty.model.TreatyException;
import dev.treaty.spi.Registry;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.repository.RemoteRepository;
import org.jspecify.annotations.Nullable;

/** What every Treaty goal shares: skipping, the registry, and turning Treaty's results into Maven's. */
abstract class ContractMojo extends AbstractMojo {

  /** Skips the goal. */
  @Parameter(property = "contract.skip", defaultValue = "false")
  boolean skip;

  /**
   * The registry directory (the embedded default registry). Configure it once, as the property
   * {@code contract.registry} in a parent POM or in {@code settings.xml}.
   */
  @Parameter(property = "contract.registry")
  @Nullable File registry;

  final Treaty treaty = Treaty.create();

  /** Maven's resolver, for baselines and protoc; {@code null} for goals that resolve nothing. */
  final @Nullable RepositorySystem repositorySystem;

  @Parameter(defaultValue = "${repositorySystemSession}", readonly = true)
  @Nullable RepositorySystemSession repositorySession;

  @Parameter(defaultValue = "${project.remoteProjectRepositories}", readonly = true)
  List<RemoteRepository> remoteRepositories = new java.util.ArrayList<>();

  ContractMojo(@Nullable RepositorySystem repositorySystem) {
    this.repositorySystem = repositorySystem;
  }

  /**
   * Makes sure the Protobuf format has a protoc when these files need one.
   *
   * @param files contracts or schema files about to be read
   * @param workDirectory where a private, executable copy of protoc may go
   */
  void provideProtocIfNeeded(List<Path> files, Path workDirectory) throws MojoExecutionException {
    if (repositorySystem != null && repositorySession != null && ProtocProvider.needed(files)) {
      ProtocProvider.provide(repositorySystem, repositorySession, remoteRepositories, workDirectory, getLog());
    }
  }

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping (contract.skip=true).");
      return;
    }
    try {
      run();
    } catch (TreatyException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }

  /**
   * Runs the goal.
   *
   * @throws MojoExecutionException if the goal cannot run
   * @throws MojoFailureException if something the goal checks fails
   */
  abstract void run() throws MojoExecutionException, MojoFailureException;

  @Nullable Registry registryOrNull() {
    return registry == null ? null : treaty.directoryRegistry(registry.toPath());
  }

  Registry requireRegistry(String goal) throws MojoExecutionException {
    if (registry == null) {
      throw new MojoExecutionException("contract:" + goal + " needs a registry: set the property "
          + "contract.registry to a directory (for example in the parent POM: "
          + "<contract.registry>${maven.multiModuleProjectDirectory}/contract-registry</contract.registry>, "
          + "or -Dcontract.registry=... on the command line).");
    }
    return treaty.directoryRegistry(registry.toPath());
  }

  /**
   * Makes sure the Protobuf format has a protoc when a published contract holds {@code .proto}
   * files.
   *
   * @param published a contract version from a registry
   * @param workDirectory where a private, executable copy of protoc may go
   */
  void provideProtocIfNeeded(dev.treaty.model.PublishedContract published, Path workDirectory)
      throws MojoExecutionException {
    List<Path> names = published.files().stream().map(f -> Path.of(f.location())).toList();
    provideProtocIfNeeded(names.stream().filter(p -> p.toString().endsWith(".proto")).toList(), workDirectory);
  }

  void log(List<ReportLine> lines) {
    for (ReportLine line : lines) {
      switch (line.level()) {
        case ERROR -> getLog().error(line.text());
        case WARNING -> getLog().warn(line.text());
        default -> getLog().info(line.text());
      }
    }
  }

  void logProblems(List<Problem> problems) {
    problems.forEach(p -> getLog().error(p.toString()));
  }

  static List<Path> files(File directory, String suffix) throws MojoExecutionException {
    Path dir = directory.toPath();
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(suffix))
          .sorted().toList();
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot list " + dir + ": " + e.getMessage(), e);
    }
  }
}
