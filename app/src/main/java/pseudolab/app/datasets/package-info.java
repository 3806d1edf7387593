/** Competition folders derived from raw public datasets (Fashion-MNIST first), verified and deterministic. */
package pseudolab.app.datasets;
