# Measured vs paper ratios (testbed compare). Edit freely; rerun with: gnuplot ratios.gp
set terminal pngcairo size 2010,760 font ",11"
set output "ratios.png"
set title "Ratios measured here vs the papers' (bars, value at the foot), targets (black marks)"
set datafile missing "?"
set key autotitle columnhead
set style data histograms
set style histogram clustered gap 1
set style fill solid 0.85 border -1
set boxwidth 0.9
set logscale y
set yrange [0.01:10]
set ylabel "ratio (log scale)"
set grid ytics
set key outside top center horizontal
set xtics rotate by 35 right nomirror
set border 3
set lmargin 16
set bmargin 12
plot "ratios.dat" using 2:xtic(1) title columnheader(2), \
     "" using 3 title columnheader(3), \
     "" using ($0 - 1 / 6.0):($2 * 0 + 0.012):(sprintf("%.3g", $2)) with labels rotate left font ",9" notitle, \
     "" using ($0 + 1 / 6.0):($3 * 0 + 0.012):(sprintf("%.3g", $3)) with labels rotate left font ",9" notitle, \
     "" using 0:4:($0-0.4):($0+0.4) with xerrorbars pointtype 0 linewidth 3 linecolor rgb "black" title columnheader(4)
