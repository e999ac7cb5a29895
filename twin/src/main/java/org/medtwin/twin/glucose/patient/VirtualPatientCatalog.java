package org.medtwin.twin.glucose.patient;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The 30 virtual T1D patients of the UVA/Padova S2008 simulator, read from the bundled
 * {@code vpatient_params.csv} and {@code Quest.csv} (simglucose's files, MIT licence; see
 * SOURCE.md beside them) and checked against the model's basal identities at load.
 */
public final class VirtualPatientCatalog {

  private static final String PARAMS = "vpatient_params.csv";
  private static final String QUEST = "Quest.csv";

  private final Map<String, VirtualPatient> patients;

  private VirtualPatientCatalog(Map<String, VirtualPatient> patients) {
    this.patients = Collections.unmodifiableMap(patients);
  }

  /** The catalogue shipped with MedTwin. */
  public static VirtualPatientCatalog bundled() {
    try (InputStream params = resource(PARAMS); InputStream quest = resource(QUEST)) {
      return read(new InputStreamReader(params, StandardCharsets.UTF_8),
          new InputStreamReader(quest, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the bundled virtual patients: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a parameter table and a therapy table in simglucose's column layout.
   *
   * @throws IllegalArgumentException naming the patient and column of a missing, malformed or
   *     inconsistent value, or a patient without therapy settings
   */
  public static VirtualPatientCatalog read(Reader params, Reader quest) throws IOException {
    Map<String, TherapyParameters> therapies = new LinkedHashMap<>();
    for (CSVRecord row : records(quest)) {
      therapies.put(row.get("Name"), new TherapyParameters(number(row, "CR", QUEST),
          number(row, "CF", QUEST), number(row, "Age", QUEST), number(row, "TDI", QUEST)));
    }
    Map<String, VirtualPatient> patients = new LinkedHashMap<>();
    for (CSVRecord row : records(params)) {
      PatientParameters model = parameters(row);
      BasalIdentities.check(model, row);
      TherapyParameters therapy = therapies.get(model.name());
      if (therapy == null) {
        throw new IllegalArgumentException(
            QUEST + " has no therapy settings (CR, CF) for patient " + model.name() + ".");
      }
      patients.put(model.name(), new VirtualPatient(model, therapy));
    }
    return new VirtualPatientCatalog(patients);
  }

  /** Every patient id, in file order (adolescents, adults, children). */
  public List<String> names() {
    return new ArrayList<>(patients.keySet());
  }

  /**
   * The patient with this id.
   *
   * @throws IllegalArgumentException for an unknown id, with the ids that exist
   */
  public VirtualPatient patient(String name) {
    VirtualPatient patient = patients.get(name);
    if (patient == null) {
      throw new IllegalArgumentException("Unknown virtual patient '" + name + "'. Maybe one of "
          + "adolescent#001..#010, adult#001..#010, child#001..#010 (three digits after #)?");
    }
    return patient;
  }

  private static PatientParameters parameters(CSVRecord row) {
    double[] x0 = new double[PatientParameters.STATES];
    for (int i = 0; i < x0.length; i++) {
      // simglucose's header pads single digits with a space: "x0_ 1" ... "x0_ 9", "x0_10".
      x0[i] = number(row, String.format("x0_%2d", i + 1), PARAMS);
    }
    return new PatientParameters(row.get("Name"),
        number(row, "BW", PARAMS), number(row, "kabs", PARAMS), number(row, "kmax", PARAMS),
        number(row, "kmin", PARAMS), number(row, "b", PARAMS), number(row, "d", PARAMS),
        number(row, "f", PARAMS), number(row, "Vg", PARAMS), number(row, "Vi", PARAMS),
        number(row, "Ib", PARAMS), number(row, "Vmx", PARAMS), number(row, "Km0", PARAMS),
        number(row, "Vm0", PARAMS), number(row, "k1", PARAMS), number(row, "k2", PARAMS),
        number(row, "p2u", PARAMS), number(row, "m1", PARAMS), number(row, "m2", PARAMS),
        number(row, "m4", PARAMS), number(row, "m30", PARAMS), number(row, "ki", PARAMS),
        number(row, "kp1", PARAMS), number(row, "kp2", PARAMS), number(row, "kp3", PARAMS),
        number(row, "ke1", PARAMS), number(row, "ke2", PARAMS), number(row, "Fsnc", PARAMS),
        number(row, "kd", PARAMS), number(row, "ka1", PARAMS), number(row, "ka2", PARAMS),
        number(row, "ksc", PARAMS), number(row, "u2ss", PARAMS), x0);
  }

  static double number(CSVRecord row, String column, String file) {
    if (!row.isMapped(column) || !row.isSet(column)) {
      throw new IllegalArgumentException(file + " line " + row.getRecordNumber()
          + ": column '" + column + "' is missing.");
    }
    String text = row.get(column).strip();
    try {
      double value = Double.parseDouble(text);
      if (!Double.isFinite(value)) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(file + " line " + (row.getRecordNumber() + 1)
          + ", column '" + column + "': '" + text + "' is not a finite number.");
    }
  }

  private static List<CSVRecord> records(Reader reader) throws IOException {
    return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(reader).getRecords();
  }

  private static InputStream resource(String file) {
    InputStream in = VirtualPatientCatalog.class.getResourceAsStream(file);
    if (in == null) {
      throw new IllegalStateException("The bundled " + file + " is missing from the MedTwin jar.");
    }
    return in;
  }
}
