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
