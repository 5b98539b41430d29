# The main costs per kernel (testbed compare). Edit freely; rerun with: gnuplot costs.gp
set terminal pngcairo size 1400,750 font ",11"
set output "costs.png"
set title "What each way of isolating a driver costs (instr, tcg-icount, medians; empty = not measured)"
set datafile missing "?"
set key autotitle columnhead
set style data histograms
set style histogram clustered gap 1
set style fill solid 0.85 border -1
set boxwidth 0.9
set logscale y
set yrange [1:10000000]
set ylabel "instr (log scale)"
set grid ytics mytics
set key outside right top vertical
set xtics rotate by 20 right nomirror
set border 3
set lmargin 12
set bmargin 7
n = 5
plot for [i=2:n+1] "costs.dat" using i:xtic(1) title columnheader(i), \
     for [i=2:n+1] "" using ($0 + (i - 2 - (n - 1) / 2.0) / (n + 1)):i:(sprintf("%.0f", column(i))) \
         with labels rotate left offset 0,0.4 font ",8" notitle
