package dev.treaty.internal.registry;

import static dev.treaty.internal.registry.RegistryFixtures.contract;
import static dev.treaty.internal.registry.RegistryFixtures.expectation;
import static dev.treaty.internal.registry.RegistryFixtures.leftovers;
import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.model.PublishedExpectation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Separate JVMs — parallel builds on one machine, or CI jobs sharing a checkout — publishing into
 * one registry at once. Each runs {@link RegistryPublisherProcess}; all start publishing on the
 * same signal. The assertions are about outcomes, never timing.
 */
class RegistryProcessConcurrencyTest {

  private static final int WORKERS = 4;
  private static final int ROUNDS = 5;

  @TempDir Path temp;
  private final List<Process> processes = new ArrayList<>();

  @AfterEach
  void stopProcesses() {
    processes.forEach(Process::destroyForcibly);
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void processesPublishingAtOnceLoseNothingAndAgreeOnOneWinner() throws Exception {
    Path root = temp.resolve("registry");
    String java = ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    List<BufferedReader> outputs = new ArrayList<>();
    for (int worker = 0; worker < WORKERS; worker++) {
      Process process = new ProcessBuilder(java, "-Xmx64m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
          "-cp", System.getProperty("java.class.path"),
          RegistryPublisherProcess.class.getName(), root.toString(), String.valueOf(worker), String.valueOf(ROUNDS))
          .redirectError(temp.resolve("worker-" + worker + ".err").toFile())
          .start();
      processes.add(process);
      outputs.add(new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)));
    }
    for (int worker = 0; worker < WORKERS; worker++) {
      assertThat(outputs.get(worker).readLine()).as("worker %d: %s", worker, errors(worker)).isEqualTo("ready");
    }
    for (Process process : processes) {
      OutputStream stdin = process.getOutputStream();
      stdin.write("go\n".getBytes(StandardCharsets.UTF_8));
      stdin.close();
    }
    // outcome by "<kind> <round>", one entry per worker
    Map<String, List<String>> outcomes = new HashMap<>();
    for (int worker = 0; worker < WORKERS; worker++) {
      List<String> lines = new ArrayList<>();
      for (String line = outputs.get(worker).readLine(); line != null; line = outputs.get(worker).readLine()) {
        lines.add(line);
      }
      assertThat(processes.get(worker).waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(processes.get(worker).exitValue()).as("worker %d: %s", worker, errors(worker)).isZero();
      assertThat(lines).as("worker %d: %s", worker, errors(worker)).hasSize(4 * ROUNDS + 1).last().isEqualTo("done");
      for (String line : lines.subList(0, lines.size() - 1)) {
        String[] parts = line.split(" ", 3);
        outcomes.computeIfAbsent(parts[0] + " " + parts[1], k -> new ArrayList<>()).add(parts[2] + " " + worker);
      }
    }

    DirectoryRegistry registry = new DirectoryRegistry(root);
    for (int round = 0; round < ROUNDS; round++) {
      assertThat(outcomes.get("own " + round)).allMatch(o -> o.startsWith("CREATED "));
      assertThat(outcomes.get("expectation " + round)).allMatch(o -> o.startsWith("CREATED "));
      assertThat(outcomes.get("same " + round)).hasSize(WORKERS)
          .allMatch(o -> o.startsWith("CREATED ") || o.startsWith("UNCHANGED "))
          .filteredOn(o -> o.startsWith("CREATED ")).hasSize(1);
      List<String> contested = outcomes.get("contested " + round);
      assertThat(contested).hasSize(WORKERS)
          .allMatch(o -> o.startsWith("CREATED ") || o.startsWith("REFUSED "))
          .filteredOn(o -> o.startsWith("CREATED ")).hasSize(1);
      String winner = contested.stream().filter(o -> o.startsWith("CREATED ")).findFirst().orElseThrow()
          .substring("CREATED ".length());
      String version = "1." + round + ".0";
      assertThat(registry.contract("process.contested", version))
          .contains(contract("process.contested", version, "worker-" + winner));
      assertThat(registry.contract("process.same", version)).contains(contract("process.same", version, "same"));
    }
    assertThat(registry.contractIds()).containsExactly("process.contested", "process.own", "process.same");
    assertThat(registry.versions("process.own")).hasSize(WORKERS * ROUNDS);
    List<PublishedExpectation> expectations = registry.expectations("process.shared");
    assertThat(expectations).hasSize(WORKERS * ROUNDS);
    for (int worker = 0; worker < WORKERS; worker++) {
      for (int round = 0; round < ROUNDS; round++) {
        String version = worker + "." + round + ".0";
        assertThat(registry.contract("process.own", version))
            .contains(contract("process.own", version, "w" + worker + "r" + round));
        assertThat(registry.expectation("process.shared", "consumer-" + worker + "-" + round).orElseThrow()
            .document().bytes())
            .isEqualTo(expectation("process.shared", "consumer-" + worker + "-" + round, "r" + round)
                .document().bytes());
      }
    }
    assertThat(leftovers(root)).isEmpty();
  }

  private String errors(int worker) throws IOException {
    Path file = temp.resolve("worker-" + worker + ".err");
    return Files.exists(file) ? "stderr: " + Files.readString(file) : "no stderr";
  }
}
