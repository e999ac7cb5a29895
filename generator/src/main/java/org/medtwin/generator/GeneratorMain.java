package org.medtwin.generator;

import java.io.IOException;
import java.io.PrintStream;
import org.medtwin.generator.demographics.DemographicsNetwork;
import org.medtwin.generator.demographics.NameBook;
import org.medtwin.generator.demographics.PersonFactory;
import org.medtwin.generator.demographics.PlaceBook;
import org.medtwin.generator.noise.Nicknames;
import org.medtwin.generator.noise.NoiseModel;
import org.medtwin.generator.synthea.SyntheaNetwork;

/**
 * Command-line entry of the shaded jar: writes a synthetic hospital network and exits 0, or prints one
 * line on stderr and exits 2 (bad arguments) or 1 (failure).
 */
public final class GeneratorMain {

  private GeneratorMain() {}

  /**
   * Runs the generator and exits the JVM with its status.
   *
   * @param args see {@link GeneratorSettings#USAGE}
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the generator without exiting.
   *
   * @param args see {@link GeneratorSettings#USAGE}
   * @param out where progress lines go
   * @param err where the one-line error goes
   * @return the exit status: 0 success, 1 failure, 2 bad arguments
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      GeneratorSettings settings = GeneratorSettings.parse(args);
      NetworkLayout layout = NetworkLayout.prepare(settings.out(), settings.force());
      generate(settings, layout, new Progress(out));
      return 0;
    } catch (UsageException e) {
      err.println("medtwin-generator: " + e.getMessage());
      return 2;
    } catch (Exception | Error e) {
      String message = e.getMessage() == null ? "" : ": " + e.getMessage().replace('\n', ' ');
      err.println("medtwin-generator: generation failed: " + e.getClass().getSimpleName() + message);
      return 1;
    }
  }

  /**
   * Writes the network described by the settings into a prepared layout.
   *
   * @param settings the run's settings
   * @param layout the output directory
   * @param progress where progress lines go
   * @throws IOException when a file cannot be read or written
   */
  public static void generate(GeneratorSettings settings, NetworkLayout layout, Progress progress)
      throws IOException {
    NameBook names = NameBook.load();
    PlaceBook places = PlaceBook.load(names);
    NoiseModel noise = new NoiseModel(settings.noise(), Nicknames.load(), names, places);
    if (settings.demographicsOnly()) {
      new DemographicsNetwork(settings, noise, new PersonFactory(names, places, DemographicsNetwork.today()))
          .write(layout, progress);
    } else {
      new SyntheaNetwork(settings, noise).write(layout, progress);
    }
  }
}
