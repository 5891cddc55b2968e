package io.policyflow.benchmark;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The machine, and how busy it was: every second, the whole machine's CPU use, this process's, and
 * the load average, labelled with the phase that was running. CPU used by other processes (the
 * machine's minus ours) is the sign that someone else was building at the same time.
 */
final class Machine implements AutoCloseable {

  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  record Sample(String phase, double systemCpu, double processCpu, double loadAverage) {}

  private final List<Sample> samples = new ArrayList<>();
  private volatile String phase = "start";
  private final Thread sampler;
  private volatile boolean running = true;

  Machine() {
    sampler =
        new Thread(
            () -> {
              while (running) {
                Workloads.sleep(1000);
                double system = OS.getCpuLoad();
                double process = OS.getProcessCpuLoad();
                synchronized (samples) {
                  samples.add(new Sample(phase, system, process, OS.getSystemLoadAverage()));
                }
              }
            },
            "bench-cpu-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  void phase(String name) {
    phase = name;
  }

  /**
   * Per phase: seconds, mean machine CPU %, mean benchmark CPU %, mean others' CPU %, max load
   * average.
   */
  Map<String, double[]> byPhase() {
    Map<String, double[]> out = new LinkedHashMap<>();
    synchronized (samples) {
      for (Sample s : samples) {
        if (s.systemCpu() < 0 || s.processCpu() < 0) {
          continue;
        }
        double[] a = out.computeIfAbsent(s.phase(), k -> new double[5]);
        a[0]++;
        a[1] += s.systemCpu() * 100;
        a[2] += s.processCpu() * 100;
        a[3] += Math.max(0, s.systemCpu() - s.processCpu()) * 100;
        a[4] = Math.max(a[4], s.loadAverage());
      }
    }
    for (double[] a : out.values()) {
      for (int i = 1; i <= 3; i++) {
        a[i] /= Math.max(1, a[0]);
      }
    }
    return out;
  }

  /** The mean share of the machine's CPU that other processes used while the benchmark ran. */
  double othersCpuPercent() {
    double sum = 0;
    int n = 0;
    synchronized (samples) {
      for (Sample s : samples) {
        if (s.systemCpu() >= 0 && s.processCpu() >= 0) {
          sum += Math.max(0, s.systemCpu() - s.processCpu()) * 100;
          n++;
        }
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  static double loadAverage() {
    return OS.getSystemLoadAverage();
  }

  static Map<String, String> describe() {
    Map<String, String> d = new LinkedHashMap<>();
    d.put(
        "CPU",
        cpuModel()
            + ", "
            + Runtime.getRuntime().availableProcessors()
            + " cores available to the JVM");
    d.put(
        "Memory",
        String.format(Locale.ROOT, "%.1f GiB", OS.getTotalMemorySize() / (1024.0 * 1024 * 1024)));
    d.put(
        "OS",
        System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + " ("
            + System.getProperty("os.arch")
            + ")");
    d.put(
        "JVM",
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    List<String> gcs = new ArrayList<>();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      gcs.add(gc.getName());
    }
    d.put("GC", String.join(", ", gcs));
    d.put(
        "Max heap",
        String.format(Locale.ROOT, "%.0f MiB", Heap.mib(Runtime.getRuntime().maxMemory())));
    d.put(
        "JVM arguments",
        String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
    return d;
  }

  private static String cpuModel() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).strip();
        }
      }
    } catch (Exception ignored) {
      // not Linux
    }
    return System.getProperty("os.arch");
  }

  @Override
  public void close() {
    running = false;
  }
}
