/** Reading a Kaggle-format competition folder into scaled feature matrices, classes and ids. */
package pseudolab.harness.data;
