package dev.treaty.internal.registry;

import static dev.treaty.internal.registry.RegistryFixtures.contract;
import static dev.treaty.internal.registry.RegistryFixtures.contractOf;
import static dev.treaty.internal.registry.RegistryFixtures.expectation;
import static dev.treaty.internal.registry.RegistryFixtures.leftovers;
import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.model.InvalidDefinitionException;
import dev.treaty.model.PublishOutcome;
import dev.treaty.model.PublishedContract;
import dev.treaty.model.PublishedExpectation;
import dev.treaty.model.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Threads of one JVM — a {@code mvn -T} build — publishing into one registry at once. Every
 * thread has its own {@link DirectoryRegistry}, as separate plugin executions would. The
 * assertions are about outcomes, never about timing: whatever the interleaving, exactly one racer
 * creates a version and nothing is lost or half-written.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RegistryConcurrencyTest {

  private static final int THREADS = 8;
  private static final int ROUNDS = 15;

  @TempDir Path root;
  private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  /** Runs one task per thread, all released at the same moment, and returns their results. */
  private <T> List<Attempt<T>> race(IntFunction<Callable<T>> task) throws Exception {
    CyclicBarrier start = new CyclicBarrier(THREADS);
    List<Future<Attempt<T>>> futures = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      Callable<T> work = task.apply(i);
      futures.add(pool.submit(() -> {
        start.await(10, TimeUnit.SECONDS);
        try {
          return new Attempt<>(work.call(), null);
        } catch (InvalidDefinitionException e) {
          return new Attempt<T>(null, e);
        }
      }));
    }
    List<Attempt<T>> results = new ArrayList<>();
    for (Future<Attempt<T>> future : futures) {
      results.add(future.get(30, TimeUnit.SECONDS));
    }
    return results;
  }

  private record Attempt<T>(T result, InvalidDefinitionException failure) {}

  @Test
  void publishersOfDifferentVersionsAndConsumersLoseNothing() throws Exception {
    List<Attempt<List<PublishOutcome>>> results = race(thread -> () -> {
      DirectoryRegistry registry = new DirectoryRegistry(root);
      List<PublishOutcome> outcomes = new ArrayList<>();
      for (int round = 0; round < 5; round++) {
        outcomes.add(registry.publish(contract("orders", thread + "." + round + ".0", "t" + thread + "r" + round)));
        outcomes.add(registry.publish(contract("team-" + thread % 3, thread + "." + round + ".0", "t" + thread)));
        outcomes.add(registry.publish(expectation("orders", "consumer-" + thread + "-" + round, "p" + round)));
      }
      return outcomes;
    });

    for (Attempt<List<PublishOutcome>> attempt : results) {
      assertThat(attempt.failure()).isNull();
      assertThat(attempt.result()).hasSize(15).containsOnly(PublishOutcome.CREATED);
    }
    DirectoryRegistry registry = new DirectoryRegistry(root);
    assertThat(registry.contractIds()).containsExactly("orders", "team-0", "team-1", "team-2");
    assertThat(registry.versions("orders")).hasSize(THREADS * 5);
    assertThat(registry.expectations("orders")).hasSize(THREADS * 5);
    for (int thread = 0; thread < THREADS; thread++) {
      for (int round = 0; round < 5; round++) {
        String version = thread + "." + round + ".0";
        assertThat(registry.contract("orders", version))
            .contains(contract("orders", version, "t" + thread + "r" + round));
        assertThat(registry.contract("team-" + thread % 3, version))
            .contains(contract("team-" + thread % 3, version, "t" + thread));
        assertThat(registry.expectation("orders", "consumer-" + thread + "-" + round).orElseThrow()
            .document().bytes())
            .isEqualTo(expectation("orders", "consumer-" + thread + "-" + round, "p" + round).document().bytes());
      }
    }
    assertThat(leftovers(root)).isEmpty();
  }

  @Test
  void racersOnOneVersionWithTheSameContentAllSucceedAndExactlyOneCreatesIt() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      String version = "1." + round + ".0";

      List<Attempt<PublishOutcome>> results =
          race(thread -> () -> new DirectoryRegistry(root).publish(contract("orders", version, "same")));

      assertThat(results).extracting(Attempt::failure).containsOnlyNulls();
      assertThat(results).extracting(Attempt::result)
          .containsOnly(PublishOutcome.CREATED, PublishOutcome.UNCHANGED)
          .filteredOn(outcome -> outcome == PublishOutcome.CREATED).hasSize(1);
      assertThat(new DirectoryRegistry(root).contract("orders", version)).contains(contract("orders", version, "same"));
    }
    assertThat(new DirectoryRegistry(root).versions("orders")).hasSize(ROUNDS);
    assertThat(leftovers(root)).isEmpty();
  }

  @Test
  void racersOnOneVersionWithDifferentContentLetExactlyOneWin() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      String version = "2." + round + ".0";

      List<Attempt<PublishOutcome>> results = race(thread -> () ->
          new DirectoryRegistry(root).publish(contract("orders", version, "racer-" + thread)));

      List<Integer> winners = new ArrayList<>();
      for (int thread = 0; thread < THREADS; thread++) {
        Attempt<PublishOutcome> attempt = results.get(thread);
        if (attempt.failure() == null) {
          assertThat(attempt.result()).isEqualTo(PublishOutcome.CREATED);
          winners.add(thread);
        } else {
          assertThat(attempt.failure()).hasMessageStartingWith(
              "Contract `orders` version `" + version + "` is already published in " + root
                  + " with different content: file `json/order-placed.schema.json` differs");
        }
      }
      assertThat(winners).hasSize(1);
      PublishedContract stored = new DirectoryRegistry(root).contract("orders", version).orElseThrow();
      assertThat(stored).isEqualTo(contract("orders", version, "racer-" + winners.get(0)));
    }
    assertThat(leftovers(root)).isEmpty();
  }

  @Test
  void racingReplacementsOfOneExpectationLeaveOneWholeDocument() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      int current = round;
      List<Attempt<PublishOutcome>> results = race(thread -> () ->
          new DirectoryRegistry(root).publish(expectation("orders", "billing", "r" + current + "t" + thread)));

      assertThat(results).extracting(Attempt::failure).containsOnlyNulls();
      byte[] stored = new DirectoryRegistry(root).expectation("orders", "billing").orElseThrow().document().bytes();
      List<byte[]> candidates = new ArrayList<>();
      for (int thread = 0; thread < THREADS; thread++) {
        candidates.add(expectation("orders", "billing", "r" + round + "t" + thread).document().bytes());
      }
      assertThat(candidates).anySatisfy(candidate -> assertThat(candidate).isEqualTo(stored));
    }
    assertThat(leftovers(root)).isEmpty();
  }

  @Test
  void readersSeeAVersionWholeOrNotAtAllWhileItIsPublishedAndRemoved() throws Exception {
    // Big enough that writing it is not a single system call.
    byte[] big = new byte[256 * 1024];
    new Random(42).nextBytes(big);
    PublishedContract whole = contractOf("orders", "1.0.0",
        SourceFile.ofText("c.odcs.yaml", "id: orders"), SourceFile.of("big.bin", big),
        SourceFile.ofText("z.json", "{}"));
    AtomicBoolean writing = new AtomicBoolean(true);

    List<Attempt<int[]>> results = race(thread -> () -> {
      DirectoryRegistry registry = new DirectoryRegistry(root);
      if (thread == 0) {
        try {
          for (int cycle = 0; cycle < 20; cycle++) {
            assertThat(registry.publish(whole)).isEqualTo(PublishOutcome.CREATED);
            assertThat(registry.removeContract("orders", "1.0.0")).isTrue();
          }
          return new int[] {20, 0};
        } finally {
          writing.set(false);
        }
      }
      int seen = 0;
      int absent = 0;
      while (writing.get()) {
        Optional<PublishedContract> read = registry.contract("orders", "1.0.0");
        if (read.isPresent()) {
          assertThat(read.get()).isEqualTo(whole);
          seen++;
        } else {
          absent++;
        }
        assertThat(registry.versions("orders")).isSubsetOf("1.0.0");
      }
      return new int[] {seen, absent};
    });

    assertThat(results).extracting(Attempt::failure).containsOnlyNulls();
    int reads = results.stream().skip(1).mapToInt(a -> Arrays.stream(a.result()).sum()).sum();
    assertThat(reads).isPositive();
    assertThat(new DirectoryRegistry(root).versions("orders")).isEmpty();
    assertThat(leftovers(root)).isEmpty();
  }
}
