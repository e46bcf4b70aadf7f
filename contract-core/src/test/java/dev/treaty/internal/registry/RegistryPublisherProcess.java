package dev.treaty.internal.registry;

import static dev.treaty.internal.registry.RegistryFixtures.contract;
import static dev.treaty.internal.registry.RegistryFixtures.expectation;

import dev.treaty.model.InvalidDefinitionException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A separate JVM publishing into a shared registry, started by {@link RegistryProcessConcurrencyTest}.
 * It warms up, says {@code ready}, waits for {@code go} on standard input so that all processes
 * start publishing at the same moment, and prints one line per publication:
 * {@code <kind> <round> <outcome>}.
 *
 * <p>Arguments: the registry directory, this worker's number, the number of rounds.
 */
public final class RegistryPublisherProcess {

  private RegistryPublisherProcess() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    int worker = Integer.parseInt(args[1]);
    int rounds = Integer.parseInt(args[2]);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));

    // Load and compile the publishing path before the start, so the processes really overlap.
    DirectoryRegistry warmUp = new DirectoryRegistry(root.resolveSibling("warm-up-" + worker));
    warmUp.publish(contract("warm.up", "1.0.0", "w"));
    warmUp.publish(expectation("warm.up", "w", "w"));
    warmUp.contract("warm.up", "1.0.0");
    out.println("ready");
    if (!"go".equals(in.readLine())) {
      System.exit(2);
    }

    DirectoryRegistry registry = new DirectoryRegistry(root);
    for (int round = 0; round < rounds; round++) {
      out.println("own " + round + " "
          + registry.publish(contract("process.own", worker + "." + round + ".0", "w" + worker + "r" + round)));
      out.println("expectation " + round + " "
          + registry.publish(expectation("process.shared", "consumer-" + worker + "-" + round, "r" + round)));
      out.println("same " + round + " " + registry.publish(contract("process.same", "1." + round + ".0", "same")));
      String contested;
      try {
        contested = registry.publish(contract("process.contested", "1." + round + ".0", "worker-" + worker)).name();
      } catch (InvalidDefinitionException e) {
        contested = e.getMessage().contains("is already published in") ? "REFUSED" : "ERROR " + e.getMessage();
      }
      out.println("contested " + round + " " + contested);
    }
    out.println("done");
  }
}
