package io.policyflow.refund.workflow;

import io.temporal.common.WorkflowExecutionHistory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The recorded histories, read from the module's source folder {@value #FOLDER} (not from a copy in
 * {@code target}, so a deleted file is never replayed and a new recording is replayed at once).
 */
final class RecordedHistories {

  static final String FOLDER = "src/test/resources/histories";

  /**
   * The scenario tests record 36 conversations; fewer than this means the scan read the wrong
   * folder.
   */
  static final int AT_LEAST = 30;

  private RecordedHistories() {}

  /** The folder in the module: surefire sets {@code basedir}; otherwise the working directory. */
  static Path folder() {
    Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
    Path folder = module.resolve(FOLDER);
    if (!Files.isDirectory(folder)) {
      throw new IllegalStateException(
          "No " + FOLDER + " under " + module + "; run from the workflows module.");
    }
    return folder;
  }

  /** The file names, sorted; fails when the folder holds fewer than {@link #AT_LEAST}. */
  static List<String> names() throws IOException {
    Path folder = folder();
    List<String> names;
    try (Stream<Path> files = Files.list(folder)) {
      names =
          files
              .map(file -> file.getFileName().toString())
              .filter(name -> name.endsWith(".json"))
              .sorted()
              .toList();
    }
    if (names.size() < AT_LEAST) {
      throw new IllegalStateException(
          "Only "
              + names.size()
              + " histories in "
              + folder
              + ", expected at least "
              + AT_LEAST
              + ".");
    }
    return names;
  }

  static WorkflowExecutionHistory load(String name) throws IOException {
    return WorkflowExecutionHistory.fromJson(Files.readString(folder().resolve(name)));
  }
}
