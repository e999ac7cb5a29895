package org.medtwin.learn.registry;

import java.time.LocalDateTime;

/**
 * A model as the registry holds it: its id and version, what it was trained on and how, the
 * booster's bytes, metrics and model card (the JSON parts as stored text).
 */
public record RegisteredModel(
    String modelId,
    String study,
    String algorithm,
    int version,
    LocalDateTime createdAt,
    String codeVersion,
    long seed,
    String cohortJson,
    String featureSetJson,
    String dataSnapshotHash,
    String splitJson,
    String hyperParametersJson,
    String preprocessingJson,
    String metricsJson,
    String modelCardJson,
    byte[] modelBytes,
    String modelSha256) {}
