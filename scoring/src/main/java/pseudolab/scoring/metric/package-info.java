/** The metrics, one class each, over aligned truth and prediction columns ({@link pseudolab.scoring.metric.Table}). */
package pseudolab.scoring.metric;
