// npm run bench: per-review summariser time in Node (more sections join as issues land).
console.log('bench: not measured yet');
