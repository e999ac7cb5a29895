package org.medtwin.cli.learn;

import java.util.List;
import java.util.concurrent.Callable;
import org.medtwin.cli.StoreOption;
import org.medtwin.learn.registry.ModelRegistry;
import org.medtwin.learn.registry.RegisteredModel;
import org.medtwin.store.PatientStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code medtwin learn models}: the model registry. */
@Command(name = "models", mixinStandardHelpOptions = true, description = "Lists the registered models, oldest version first.")
public final class LearnModelsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Override
  public Integer call() {
    List<RegisteredModel> models;
    try (PatientStore patientStore = store.open()) {
      models = new ModelRegistry(patientStore.connection()).list();
    }
    var out = spec.commandLine().getOut();
    for (RegisteredModel m : models) {
      out.printf("%-40s %-6s %-12s v%-3d %s  data %s  code %s%n", m.modelId(), m.study(), m.algorithm(), m.version(),
          m.createdAt(), m.dataSnapshotHash().substring(0, 12), m.codeVersion());
    }
    if (models.isEmpty()) {
      out.println("No models yet. Train some with 'medtwin learn train --study ascvd'.");
    }
    out.flush();
    return 0;
  }
}
