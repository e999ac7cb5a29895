package org.medtwin.pharma.pkpd.model;

import java.util.ArrayList;
import java.util.List;
import org.medtwin.pharma.pkpd.dosing.BolusDose;
import org.medtwin.pharma.pkpd.dosing.DoseEvent;
import org.medtwin.pharma.pkpd.dosing.InfusionDose;

/**
 * A dosing history turned into what enters each compartment and when: instantaneous injections
 * and constant-rate pieces, after bioavailability and lag time. Each input remembers the dose it
 * came from, so a steady-state reset can cancel inputs of earlier doses.
 */
final class InputSchedule {

  /** An amount that enters a compartment at one instant. */
  record Injection(double time, int compartment, double amount, int dose) {}

  /** A constant input rate into a compartment over [start, end). */
  record Piece(double start, double end, int compartment, double rate, int dose) {}

  final List<Injection> injections = new ArrayList<>();
  final List<Piece> pieces = new ArrayList<>();

  /**
   * Adds the inputs of {@code dose} (index {@code index}) started at {@code start}; only inputs at
   * or after {@code notBefore} are kept, and pieces are clipped to it.
   */
  void add(DoseEvent dose, double start, int index, OdeModel model, PkParameters p, double notBefore) {
    if (dose instanceof BolusDose) {
      if (start >= notBefore) {
        injections.add(new Injection(start, model.centralIndex(), dose.amount(), index));
      }
      return;
    }
    if (dose instanceof InfusionDose inf) {
      boolean depot = inf.intoDepot();
      double begin = depot ? start + p.tlag() : start;
      double end = begin + inf.duration();
      double rate = depot ? inf.rate() * p.f() : inf.rate();
      int compartment = depot ? model.depotIndex() : model.centralIndex();
      if (end > notBefore) {
        pieces.add(new Piece(Math.max(begin, notBefore), end, compartment, rate, index));
      }
      return;
    }
    double at = start + p.tlag();
    if (at >= notBefore) {
      injections.add(new Injection(at, model.depotIndex(), dose.amount() * p.f(), index));
    }
  }
}
