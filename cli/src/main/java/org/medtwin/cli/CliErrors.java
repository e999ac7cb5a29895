package org.medtwin.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.medtwin.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one line a user can act on, with exit status 1; a stack trace only for
 * defects, and only with {@code MEDTWIN_DEBUG=1}.
 */
final class CliErrors implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parsed) {
    String message =
        e instanceof StoreException || e instanceof IOException || e instanceof UncheckedIOException
                || e instanceof IllegalArgumentException || e instanceof CliException
            ? e.getMessage()
            : "Unexpected error (" + e.getClass().getSimpleName() + "): " + e.getMessage()
                + ". This is a MedTwin defect; run with MEDTWIN_DEBUG=1 for details and report it.";
    commandLine.getErr().println("medtwin: " + message);
    if ("1".equals(System.getenv("MEDTWIN_DEBUG"))) {
      e.printStackTrace(commandLine.getErr());
    }
    return 1;
  }

  /**
   * A mistake on the command line (unknown option, a value of the wrong type): one line naming it
   * and where the help is, instead of picocli's message followed by the whole usage text.
   */
  static int handleParameterException(ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    String message = e.getMessage().strip();
    commandLine.getErr().println("medtwin: " + message + (message.endsWith(".") ? "" : ".")
        + " See '" + commandLine.getCommandSpec().qualifiedName() + " --help'.");
    return commandLine.getCommandSpec().exitCodeOnInvalidInput();
  }
}
