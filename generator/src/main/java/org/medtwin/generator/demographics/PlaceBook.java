package org.medtwin.generator.demographics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/** Places (city, ZIP, centroid) of Synthea's default state, read from its {@code geography/zipcodes.csv}. */
public final class PlaceBook {

  /** Synthea's default state, which every run simulates. */
  public static final String STATE = "MA";

  /** The state's full name, as Synthea's CSV writes it. */
  public static final String STATE_NAME = "Massachusetts";

  private final List<Address> places;
  private final NameBook names;

  private PlaceBook(List<Address> places, NameBook names) {
    this.places = places;
    this.names = names;
  }

  /**
   * Reads the ZIP codes of {@link #STATE} from the Synthea jar on the classpath.
   *
   * @param names where street names come from
   * @return the place book
   * @throws UncheckedIOException when the resource is missing or unreadable
   */
  public static PlaceBook load(NameBook names) {
    List<Address> places = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(
                    PlaceBook.class.getClassLoader().getResourceAsStream("geography/zipcodes.csv"),
                    "Synthea's geography/zipcodes.csv is not on the classpath"),
                StandardCharsets.UTF_8))) {
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] cells = line.split(",", -1);
        if (cells.length >= 7 && STATE.equals(cells[2]) && !cells[4].isEmpty() && !cells[3].contains("\"")) {
          places.add(new Address("", cells[3], STATE, cells[4], cells[5], cells[6]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read Synthea's geography/zipcodes.csv", e);
    }
    if (places.isEmpty()) {
      throw new IllegalStateException("Synthea's geography/zipcodes.csv has no ZIP codes for " + STATE);
    }
    return new PlaceBook(List.copyOf(places), names);
  }

  /** A random street address in a random place of the state, in Synthea's style ({@code 123 Kunde Road Unit 4}). */
  public Address address(RandomGenerator random) {
    Address place = places.get(random.nextInt(places.size()));
    String line = (1 + random.nextInt(999)) + " " + names.family(random) + " " + names.streetType(random);
    if (random.nextInt(4) == 0) {
      line += " Unit " + (1 + random.nextInt(99));
    }
    return new Address(line, place.city(), place.state(), place.zip(), place.latitude(), place.longitude());
  }

  /** How many places the book holds. */
  public int size() {
    return places.size();
  }
}
