/**
 * Out-of-sample validation of a sweep (spec {@code validation}): a holdout or a walk-forward of
 * train/test {@link dev.nightjar.optimizer.validation.Fold folds} ({@link
 * dev.nightjar.optimizer.validation.Folds} does the window arithmetic, {@link
 * dev.nightjar.optimizer.validation.FoldPlan} lays them over the series as in-sample units that the
 * ordinary sweep runner evaluates), and the out-of-sample stage recomputed from the complete log
 * ({@link dev.nightjar.optimizer.validation.Validation}: fold picks on their test windows,
 * validated configs, the stitched walk-forward and its efficiency). {@link
 * dev.nightjar.optimizer.validation.OutOfSample} is the one primitive that runs targets on test
 * windows, with warm-up from before each window and nothing read after it.
 *
 * <p>Not here: the overfitting statistics ({@code robust}) and the file formats ({@code report},
 * {@code export}).
 */
package dev.nightjar.optimizer.validation;
