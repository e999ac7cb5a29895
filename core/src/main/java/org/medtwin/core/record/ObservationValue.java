package org.medtwin.core.record;

import org.medtwin.core.coding.Coding;
import org.medtwin.core.quantity.Quantity;

/** The value of an observation: a measured quantity, a coded answer or free text. */
public sealed interface ObservationValue {

  /** A measured amount with its UCUM unit. */
  record Numeric(Quantity quantity) implements ObservationValue {
    public Numeric {
      Require.present(quantity, "Numeric observation value", "quantity");
    }
  }

  /** A coded answer, e.g. a SNOMED CT finding. */
  record Coded(Coding coding) implements ObservationValue {
    public Coded {
      Require.present(coding, "Coded observation value", "coding");
    }
  }

  /** Free text, kept as the source wrote it. */
  record Text(String text) implements ObservationValue {
    public Text {
      Require.present(text, "Text observation value", "text");
    }
  }
}
