"""Upstream's verdict on each TEP: tektoncd/community's own teps.py validate, run for real.

Usage: teps-validate.py TEPS_PY FOLDER
Prints a JSON object: for each file teps.py takes for a TEP in FOLDER, {"ok": bool, "how": ...}.
Each file is validated alone (copied into a folder of its own), by teps.py's `validate` command
itself, so that an exception on one file (teps.py stops at the first) is that file's verdict:
exit 0 passes; exit 1 (its errors) or an exception fails. Its duplicate-number check never
fires (the set of numbers is never filled), so validating the files one by one loses nothing.
teps.py imports chevron, which validate does not use: a stand-in on PYTHONPATH lets it import.
"""
import importlib.util
import io
import json
import logging
import os
import shutil
import sys
import tempfile

spec = importlib.util.spec_from_file_location('teps', sys.argv[1])
teps = importlib.util.module_from_spec(spec)
spec.loader.exec_module(teps)
folder = sys.argv[2]

verdicts = {}
for name in sorted(teps.teps_in_folder(folder)):
    alone = tempfile.mkdtemp()
    try:
        shutil.copy(os.path.join(folder, name), os.path.join(alone, name))
        log = io.StringIO()
        handler = logging.StreamHandler(log)
        logging.getLogger().addHandler(handler)
        try:
            teps.validate.callback(teps_folder=alone)
            verdicts[name] = {'ok': True, 'how': 'exit 0'}
        except SystemExit as exit:
            verdicts[name] = {'ok': exit.code in (0, None), 'how': f'exit {exit.code}: {log.getvalue().strip()[:300]}'}
        except Exception as error:
            verdicts[name] = {'ok': False, 'how': f'exception {type(error).__name__}: {str(error)[:300]}'}
        finally:
            logging.getLogger().removeHandler(handler)
    finally:
        shutil.rmtree(alone)
json.dump(verdicts, sys.stdout, indent=1, sort_keys=True)
