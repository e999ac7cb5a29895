package org.medtwin.cli.news2;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.medtwin.cli.CliException;
import org.medtwin.twin.news2.News2CsvException;
import org.medtwin.twin.news2.News2CsvFile;
import org.medtwin.twin.news2.News2Scorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medtwin news2 score --in FILE.csv --out FILE.csv}: scores every row of a vital-signs CSV. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
      "Scores every row of a CSV with columns resp_rate,spo2,spo2_scale,on_oxygen,systolic_bp,pulse,"
          + "consciousness,temperature (spo2_scale 1 or 2, on_oxygen true/false, consciousness A C V P U).",
      "The output keeps the input columns and adds the sub-scores, news2_total and clinical_risk"
          + " (LOW, LOW_MEDIUM, MEDIUM, HIGH); a row that cannot be scored gets the reason in 'error' instead."
    })
public final class News2ScoreCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--in", required = true, paramLabel = "FILE.csv", description = "The vital signs.")
  Path in;

  @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "Where the scored rows go.")
  Path out;

  @Override
  public Integer call() throws IOException {
    if (in.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
      throw new CliException("--in and --out are the same file " + in + ". Maybe write to another file?");
    }
    News2CsvFile.Summary summary;
    Path partial = out.resolveSibling(out.getFileName() + ".partial");
    try (BufferedReader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8);
        BufferedWriter writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
      summary = new News2CsvFile(News2Scorer.rcp2017()).score(reader, writer, in.getFileName().toString());
    } catch (NoSuchFileException e) {
      throw new CliException("No such file: " + e.getFile());
    } catch (News2CsvException e) {
      Files.deleteIfExists(partial);
      throw new CliException(e.getMessage());
    } catch (java.nio.charset.MalformedInputException e) {
      Files.deleteIfExists(partial);
      throw new CliException(in + " is not UTF-8 text. Maybe save it as UTF-8 CSV?");
    }
    Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
    PrintWriter console = spec.commandLine().getOut();
    console.printf("%,d rows: %,d scored, %,d with an error (see the 'error' column of %s)%n",
        summary.rows(), summary.scored(), summary.rejected(), out);
    console.flush();
    return 0;
  }
}
