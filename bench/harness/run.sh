#!/usr/bin/env bash
# Epoch time of the harness's mlp and cnn learners vs PyTorch 1.13 CPU on 10,000 Fashion-MNIST images,
# 2 threads, with and without OMP_WAIT_POLICY=PASSIVE, side by side. Run from the repository root:
#   flock /tmp/pseudolab-build.lock bench/harness/run.sh            (MLP_EPOCHS, CNN_EPOCHS, N, BATCH adjustable)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DATA="${DATA:-/usr/share/datasets/fashion-mnist}"
N="${N:-10000}"; BATCH="${BATCH:-128}"; MLP_EPOCHS="${MLP_EPOCHS:-5}"; CNN_EPOCHS="${CNN_EPOCHS:-3}"
WORK="$(mktemp -d)"; trap 'rm -rf "$WORK"' EXIT
cd "$ROOT"
./mvnw -B -o -q -pl harness compile dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" >&2
CP="$ROOT/harness/target/classes:$(cat "$WORK/cp.txt")"
javac -d "$WORK" -cp "$CP" bench/harness/EpochBench.java
HAVE_TORCH=1; /usr/bin/python3 -c 'import torch' 2>/dev/null || { HAVE_TORCH=0; echo "(torch not importable: PyTorch side skipped)" >&2; }

median() { sed -n 's/.*median=\([0-9.]*\).*/\1/p'; }
declare -A R
for model in mlp cnn; do
  epochs=$MLP_EPOCHS; [[ $model == cnn ]] && epochs=$CNN_EPOCHS
  for policy in PASSIVE default; do
    envs=(OMP_NUM_THREADS=2 ND4J_SKIP_BLAS_THREADS=1 OPENBLAS_NUM_THREADS=1)
    [[ $policy == PASSIVE ]] && envs+=(OMP_WAIT_POLICY=PASSIVE)
    line=$(env -u OMP_WAIT_POLICY "${envs[@]}" java -Xmx4g -cp "$WORK:$CP" EpochBench "$DATA" $model "$N" "$epochs" "$BATCH" 2>/dev/null | tail -1)
    echo "$policy $line"; R[dl4j,$model,$policy]=$(echo "$line" | median)
    if [[ $HAVE_TORCH == 1 ]]; then
      line=$(env -u OMP_WAIT_POLICY "${envs[@]}" /usr/bin/python3 bench/harness/epoch_torch.py "$DATA" $model "$N" "$epochs" "$BATCH" 2)
      echo "$policy $line"; R[torch,$model,$policy]=$(echo "$line" | median)
    fi
  done
done
echo
printf '%-5s %-8s %10s %10s %8s\n' model omp dl4j_s torch_s ratio
for model in mlp cnn; do for policy in PASSIVE default; do
  d=${R[dl4j,$model,$policy]}; t=${R[torch,$model,$policy]:-}
  ratio=-; [[ -n $t ]] && ratio=$(python3 -c "print(f'{$d/$t:.2f}')")
  printf '%-5s %-8s %10s %10s %8s\n' $model $policy "$d" "${t:--}" "$ratio"
done; done
