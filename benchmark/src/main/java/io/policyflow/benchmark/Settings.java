package io.policyflow.benchmark;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * How much the benchmark does: {@code --quick} for a smoke run (under a minute), the full run
 * otherwise.
 */
record Settings(
    boolean quick,
    List<Integer> concurrencies,
    int repetitions,
    int floorSamples,
    int conversationsPerCustomer,
    int minConversations,
    int warmupConversations,
    int parked,
    List<Integer> parkedCheckpoints,
    int parkingClients,
    int parkedTurns,
    Path out) {

  static Settings parse(String[] args, Path defaultOut) {
    boolean quick = Arrays.asList(args).contains("--quick");
    List<Integer> concurrencies = quick ? List.of(1, 16, 64) : List.of(1, 16, 64, 256);
    int reps = quick ? 1 : 3;
    int parked = quick ? 300 : 10_000;
    Path out = defaultOut;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick", "--full", "--sandbox-nagle" -> {}
        case "--concurrency" ->
            concurrencies =
                Arrays.stream(args[++i].split(","))
                    .map(String::strip)
                    .map(Integer::parseInt)
                    .toList();
        case "--repetitions" -> reps = Integer.parseInt(args[++i]);
        case "--parked" -> parked = Integer.parseInt(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        case "--help", "-h" -> {
          System.out.println(
              """
              java -jar benchmark/target/benchmark.jar [--quick] [--concurrency 1,16,64,256] [--repetitions 3]
                   [--parked 10000] [--out DIR] [--sandbox-nagle]
              --quick   a smoke run: C = 1, 16, 64, one repetition, 300 parked conversations (under a minute)
              default   the full run: C = 1, 16, 64, 256, three repetitions, 10,000 parked conversations
              --sandbox-nagle  leave Nagle's algorithm on in the sandbox's HTTP server (+~40 ms per store call)
              The report goes to DIR (default: benchmark-report beside the jar, i.e. benchmark/target/).""");
          System.exit(0);
        }
        default -> throw new IllegalArgumentException("unknown argument " + args[i] + " (--help)");
      }
    }
    List<Integer> checkpoints = checkpoints(parked);
    return new Settings(
        quick,
        concurrencies,
        reps,
        quick ? 200 : 600,
        quick ? 1 : 10,
        quick ? 10 : 40,
        quick ? 32 : 100,
        parked,
        checkpoints,
        32,
        quick ? 10 : 40,
        out);
  }

  /**
   * The conversations a batch at {@code clients} customers runs: quick, one each (at least 10);
   * full, ten each up to 16 customers, then three each up to 192 in all, but at least one each (1:
   * 40, 16: 160, 64: 192, 256: 256).
   */
  int conversations(int clients) {
    if (quick) {
      return Math.max(minConversations, clients);
    }
    if (clients <= 16) {
      return Math.max(minConversations, clients * conversationsPerCustomer);
    }
    return Math.max(clients, Math.min(clients * 3, 192));
  }

  /** Floor calls per client at {@code clients} (about {@link #floorSamples} in all). */
  int floorPerClient(int clients) {
    return Math.max(1, floorSamples / clients);
  }

  int customersNeeded() {
    int most = warmupConversations;
    for (int c : concurrencies) {
      most = Math.max(most, conversations(c));
    }
    return most + 2 * parkedTurns + 10;
  }

  private static List<Integer> checkpoints(int parked) {
    if (parked <= 600) {
      return List.of(parked);
    }
    if (parked <= 2_000) {
      return List.of(600, parked);
    }
    return List.of(600, parked / 4, parked / 2, parked);
  }
}
