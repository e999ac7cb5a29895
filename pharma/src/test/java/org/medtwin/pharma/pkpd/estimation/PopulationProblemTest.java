package org.medtwin.pharma.pkpd.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Path;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medtwin.pharma.pkpd.data.DoseRouting;
import org.medtwin.pharma.pkpd.data.NonmemCsvReader;
import org.medtwin.pharma.pkpd.data.NonmemDataset;
import org.medtwin.pharma.pkpd.library.ModelLibrary;
import org.medtwin.pharma.pkpd.population.PopulationModel;

/** The library's oral-1cpt fitted to NONMEM-style data through the reader and the library. */
class PopulationProblemTest {

  @TempDir Path folder;

  /**
   * The Theoph data converted to NONMEM rows and fitted with the library's oral-1cpt (IIV on ka
   * and CL, none on V, additive error), whose starting values are in mg and L for a 70 kg adult:
   * the initial clearance and volume must be rescaled to the data's mg/kg. The estimates must
   * equal those of the same model fitted directly with the test's own closed form (no library,
   * no reader) to 0.1%, and lie near Pinheiro and Bates's fm3Theo.nlme (ka 1.5932 /h, CL/F
   * 0.039676 L/h/kg, V/F 0.46196 L/kg, see FoceiTheophyllineTest) within 10%.
   */
  @Test
  void fitsTheophyllineFromNonmemRowsWithTheLibraryModel() throws Exception {
    PopulationModel oral = ModelLibrary.shipped().model("oral-1cpt");
    NonmemDataset data = new NonmemCsvReader(DoseRouting.withDepot())
        .read(TheophyllineNonmemFile.write(folder));
    assertThat(data.issues()).isEmpty();

    PopulationProblem problem = PopulationProblem.of(oral, data);
    PopulationFit fit = new FoceiEstimator(FoceiSettings.defaults())
        .fit(problem.model(), problem.subjects());

    assertThat(problem.subjects()).hasSize(12);
    assertThat(fit.observations()).isEqualTo(132);
    assertThat(problem.notes()).anyMatch(note -> note.contains("multiplied by"));
    assertThat(problem.model().thetaInitial()[1]).isBetween(0.01, 0.1);
    assertThat(fit.converged()).isTrue();
    assertThat(fit.theta().get("ka")).isCloseTo(1.5932, Percentage.withPercentage(10));
    assertThat(fit.theta().get("cl")).isCloseTo(0.039676, Percentage.withPercentage(10));
    assertThat(fit.theta().get("v")).isCloseTo(0.46196, Percentage.withPercentage(10));
    assertThat(fit.sigma().get("add_sd")).isCloseTo(0.70, Percentage.withPercentage(15));
    PopulationFit direct = new FoceiEstimator(FoceiSettings.defaults()).fit(
        new FitModel(java.util.List.of("ka", "cl", "v"), new double[] {1.0, 0.05, 0.5},
            java.util.List.of("ka", "cl"), new double[] {0.5, 0.2},
            new org.medtwin.pharma.pkpd.population.ResidualError(
                org.medtwin.pharma.pkpd.population.ResidualError.Type.ADDITIVE, 1.0, 0)),
        TheophyllineSubjects.read(OralOneCompartment.Form.CL_V, java.util.List.of("ka", "cl")));
    for (String name : java.util.List.of("ka", "cl", "v")) {
      assertThat(fit.theta().get(name))
          .isCloseTo(direct.theta().get(name), Percentage.withPercentage(0.1));
    }
    assertThat(fit.ofv()).isCloseTo(direct.ofv(), org.assertj.core.api.Assertions.within(1e-3));
    assertThat(problem.fitted(fit).parameters().get("cl").typical())
        .isEqualTo(fit.theta().get("cl"));
  }

  @Test
  void namesASubjectWithoutObservationsAndFitsTheOthers() throws Exception {
    String csv = """
        ID,TIME,AMT,DV,EVID,MDV,CMT
        1,0,100,.,1,1,1
        1,1,0,5.1,0,0,2
        1,4,0,3.2,0,0,2
        2,0,100,.,1,1,1
        """;
    NonmemDataset data = new NonmemCsvReader(DoseRouting.withDepot())
        .read(new StringReader(csv), "two.csv");

    PopulationProblem problem = PopulationProblem.of(ModelLibrary.shipped().model("oral-1cpt"),
        data);

    assertThat(problem.subjects()).extracting(FitSubject::id).containsExactly("1");
    assertThat(problem.notes()).anyMatch(note -> note.contains("Subject 2 has no observations"));
  }

  @Test
  void namesASubjectWithoutACovariateTheModelNeeds() throws Exception {
    String csv = """
        ID,TIME,AMT,DV,EVID,MDV,CMT,WT
        1,0,100,.,1,1,1,70
        1,2,0,2.5,0,0,2,70
        2,0,100,.,1,1,1,.
        2,2,0,2.5,0,0,2,.
        """;
    NonmemDataset data = new NonmemCsvReader(DoseRouting.withDepot())
        .read(new StringReader(csv), "weights.csv");

    PopulationProblem problem = PopulationProblem.of(
        ModelLibrary.shipped().model("theophylline-pinheiro-bates-2000"), data);

    assertThat(problem.subjects()).extracting(FitSubject::id).containsExactly("1");
    assertThat(problem.notes()).anyMatch(note -> note.startsWith("Subject 2 is not fitted")
        && note.contains("WT"));
  }

  @Test
  void leavesOutAndNamesALevelBeforeTimeZero() throws Exception {
    String csv = """
        ID,TIME,AMT,DV,EVID,MDV,CMT
        1,0,100,.,1,1,1
        1,-2,0,3.1,0,0,2
        1,2,0,2.5,0,0,2
        """;
    NonmemDataset data = new NonmemCsvReader(DoseRouting.withDepot())
        .read(new StringReader(csv), "early.csv");

    PopulationProblem problem = PopulationProblem.of(ModelLibrary.shipped().model("oral-1cpt"),
        data);

    assertThat(problem.subjects().get(0).times()).containsExactly(2.0);
    assertThat(problem.notes()).anyMatch(note -> note.contains("time -2.0 (line 3)")
        && note.contains("left out"));
  }

  @Test
  void refusesDataWithoutAnyObservation() throws Exception {
    String csv = "ID,TIME,AMT,DV,EVID,MDV,CMT\n1,0,100,.,1,1,1\n";
    NonmemDataset data = new NonmemCsvReader(DoseRouting.withDepot())
        .read(new StringReader(csv), "doses-only.csv");

    assertThatThrownBy(() -> PopulationProblem.of(ModelLibrary.shipped().model("oral-1cpt"), data))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("doses-only.csv")
        .hasMessageContaining("No subject");
  }
}
