#!/usr/bin/env bash
# Epoch time of the harness's mlp, cnn and resnet learners vs PyTorch 1.13 CPU on 10,000 Fashion-MNIST images,
# 2 threads, with and without OMP_WAIT_POLICY=PASSIVE, side by side; then the resnet's supervised step and
# consistency step (STEP_BATCH labelled + MU x STEP_BATCH unlabelled rows) against the same steps in PyTorch.
# Run from the repository root:
#   bench/harness/run.sh      (MODELS, MLP_EPOCHS, CNN_EPOCHS, RESNET_EPOCHS, N, BATCH, STEPS, WARMUP, STEP_BATCH, MU, WIDTH adjustable;
#    WARMUP untimed steps on both sides before the STEPS timed ones: DL4J's Java loops need the JIT)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DATA="${DATA:-$ROOT/datasets/fashion-mnist/raw}"
MODELS="${MODELS:-mlp cnn resnet}"; RESNET_EPOCHS="${RESNET_EPOCHS:-2}"
STEPS="${STEPS:-40}"; WARMUP="${WARMUP:-50}"; STEP_BATCH="${STEP_BATCH:-64}"; MU="${MU:-3}"; WIDTH="${WIDTH:-16}"
N="${N:-10000}"; BATCH="${BATCH:-128}"; MLP_EPOCHS="${MLP_EPOCHS:-5}"; CNN_EPOCHS="${CNN_EPOCHS:-3}"
WORK="$(mktemp -d)"; trap 'rm -rf "$WORK"' EXIT
cd "$ROOT"
# -am builds the scoring module from this checkout too (nothing needs installing); no -o: a fresh machine may
# not have the dependency plugin yet
./mvnw -B -q -pl harness -am compile dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" >&2
CP="$ROOT/harness/target/classes:$(cat "$WORK/cp.txt")"
javac -d "$WORK" -cp "$CP" bench/harness/EpochBench.java bench/harness/StepBench.java
HAVE_TORCH=1; /usr/bin/python3 -c 'import torch' 2>/dev/null || { HAVE_TORCH=0; echo "(torch not importable: PyTorch side skipped)" >&2; }

median() { sed -n 's/.*median=\([0-9.]*\).*/\1/p'; }
declare -A R
for model in $MODELS; do
  epochs=$MLP_EPOCHS; [[ $model == cnn ]] && epochs=$CNN_EPOCHS; [[ $model == resnet ]] && epochs=$RESNET_EPOCHS
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
for model in $MODELS; do for policy in PASSIVE default; do
  d=${R[dl4j,$model,$policy]}; t=${R[torch,$model,$policy]:-}
  ratio=-; [[ -n $t ]] && ratio=$(python3 -c "print(f'{$d/$t:.2f}')")
  printf '%-5s %-8s %10s %10s %8s\n' $model $policy "$d" "${t:--}" "$ratio"
done; done

echo
envs=(OMP_NUM_THREADS=2 ND4J_SKIP_BLAS_THREADS=1 OPENBLAS_NUM_THREADS=1 OMP_WAIT_POLICY=PASSIVE)
dl=$(env "${envs[@]}" java -Xmx4g -cp "$WORK:$CP" StepBench "$DATA" "$STEPS" "$STEP_BATCH" "$MU" "$WIDTH" "$WARMUP" 2>/dev/null | tail -1)
echo "$dl"
if [[ $HAVE_TORCH == 1 ]]; then
  pt=$(cd bench/harness && env "${envs[@]}" /usr/bin/python3 step_torch.py "$DATA" "$STEPS" "$STEP_BATCH" "$MU" "$WIDTH" 2 "$WARMUP")
  echo "$pt"
  echo
  printf '%-12s %10s %10s %8s\n' step dl4j_s torch_s ratio
  for k in supervised consistency; do
    d=$(echo "$dl" | sed -n "s/.*${k}_median=\([0-9.]*\).*/\1/p"); t=$(echo "$pt" | sed -n "s/.*${k}_median=\([0-9.]*\).*/\1/p")
    printf '%-12s %10s %10s %8s\n' $k "$d" "$t" "$(python3 -c "print(f'{$d/$t:.2f}')")"
  done
fi
